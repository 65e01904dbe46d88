package dev.agora.messaging.amqp;

import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.LogListener;
import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.RequestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.UUID;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns {@code agora.messaging.service} and the service's handlers into the whole topology of the
 * conventions, and provides {@link EventPublisher}, {@link RequestClient} and {@link ParkedMessages}. With a
 * database, handlers run in a transaction with an inbox, and events sent inside a transaction go through an outbox
 * ({@link EventSender}).
 */
@AutoConfiguration(
        after = {RabbitAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class},
        afterName = "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration")
@ConditionalOnProperty(prefix = "agora.messaging", name = "service")
@EnableConfigurationProperties(MessagingProperties.class)
@Import({
    DatabaseMessagingConfiguration.class,
    OutboundConfiguration.class,
    InboundConfiguration.class,
    RequestReplyConfiguration.class,
    GorgServiceConfiguration.class,
    AsyncApiConfiguration.class
})
public class AgoraMessagingAutoConfiguration {

    @Bean
    static HandlerRegistry agoraHandlerRegistry() {
        return new HandlerRegistry();
    }

    @Bean
    Topology agoraTopology(MessagingProperties properties) {
        return Topology.of(properties);
    }

    @Bean
    AgoraInstance agoraInstance(MessagingProperties properties) {
        var id = properties.instanceId();
        return new AgoraInstance(
                id == null || id.isBlank() ? UUID.randomUUID().toString().substring(0, 8) : id);
    }

    @Bean
    MessagingMetrics agoraMessagingMetrics(ObjectProvider<MeterRegistry> registry, MessagingProperties properties) {
        return new MessagingMetrics(registry.getIfAvailable(() -> Metrics.globalRegistry), properties.service());
    }

    @Bean
    EnvelopeCodec agoraEnvelopeCodec(JsonMapper json, MessagingProperties properties) {
        return new EnvelopeCodec(json, properties.maxMessageSize().toBytes());
    }

    @Bean
    SoaWireFormat agoraWireFormat(EnvelopeCodec codec, MessagingProperties properties) {
        return new SoaWireFormat(codec, properties);
    }

    @Bean
    MessageFactory agoraMessageFactory(Topology topology, EnvelopeCodec codec) {
        return new MessageFactory(topology, codec);
    }

    @Bean(destroyMethod = "close")
    ConfirmingPublisher agoraPublisher(
            CachingConnectionFactory connectionFactory,
            ObjectProvider<RabbitConnectionDetails> connectionDetails,
            MessagingProperties properties,
            AgoraInstance instance,
            MessagingMetrics metrics,
            SoaWireFormat wire) {
        var rabbit = connectionFactory.getRabbitConnectionFactory();
        return new ConfirmingPublisher(
                rabbit,
                BrokerAddresses.of(connectionDetails.getIfAvailable(), rabbit),
                properties.service() + "-" + instance.id() + "-publisher",
                properties.publisher(),
                metrics,
                wire::outbound);
    }

    @Bean
    TopologyPlan agoraTopologyPlan(
            Topology topology,
            HandlerRegistry handlers,
            MessagingProperties properties,
            ObjectProvider<LogListener> logListener,
            ObjectProvider<GorgTopology> gorg) {
        return new TopologyPlan(
                topology, handlers, properties, logListener.getIfAvailable() != null, gorg.getIfAvailable());
    }

    /**
     * Boot declares its admin as {@code AmqpAdmin}; asking for that type (not {@code RabbitAdmin}) lets beans that
     * are built early, before the admin exists, still find it.
     */
    @Bean
    TopologyDeclarer agoraTopologyDeclarer(
            AmqpAdmin amqpAdmin,
            Topology topology,
            TopologyPlan plan,
            MessagingProperties properties,
            ConfirmingPublisher publisher) {
        if (!(amqpAdmin instanceof RabbitAdmin admin)) {
            throw new IllegalStateException("Agora messaging needs a RabbitAdmin, not " + amqpAdmin.getClass());
        }
        return new TopologyDeclarer(admin, new QueueUpgrade(admin, publisher, topology), topology, plan, properties);
    }
}
