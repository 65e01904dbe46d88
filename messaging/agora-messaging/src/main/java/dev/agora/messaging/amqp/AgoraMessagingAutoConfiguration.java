package dev.agora.messaging.amqp;

import dev.agora.messaging.DelayedEvents;
import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.LogListener;
import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.ParkedMessagesOfServices;
import dev.agora.messaging.RequestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.DirectMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns {@code agora.messaging.service} and the service's handlers into the whole topology of the
 * conventions, and provides {@link EventPublisher}, {@link RequestClient} and {@link ParkedMessages}. With a
 * database, handlers run in a transaction with an inbox and {@link IntegrationEvent}s go through an outbox.
 */
@AutoConfiguration(
        after = {RabbitAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class},
        afterName = "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration")
@ConditionalOnProperty(prefix = "agora.messaging", name = "service")
@EnableConfigurationProperties(MessagingProperties.class)
@Import({DatabaseMessagingConfiguration.class, AsyncApiConfiguration.class})
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

    /** Under {@code agora.messaging.compatibility=gorg-service} only: see {@code docs/gorg-compatibility.md}. */
    @Bean
    @ConditionalOnProperty(prefix = "agora.messaging", name = "compatibility", havingValue = "gorg-service")
    GorgTopology agoraGorgTopology(
            AmqpAdmin amqpAdmin, Topology topology, AgoraInstance instance, BeanFactory beanFactory) {
        return new GorgTopology(
                topology, instance.id(), (RabbitAdmin) amqpAdmin, () -> publishedEventNames(beanFactory));
    }

    private static List<String> publishedEventNames(BeanFactory beanFactory) {
        if (!AutoConfigurationPackages.has(beanFactory)) return List.of();
        return PublishedEventTypes.in(
                        AutoConfigurationPackages.get(beanFactory),
                        beanFactory.getClass().getClassLoader())
                .stream()
                .map(EventNames::of)
                .toList();
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

    /**
     * Boot declares its admin as {@code AmqpAdmin}; asking for that type (not {@code RabbitAdmin}) lets beans that
     * are built early, before the admin exists, still find it.
     */
    @Bean
    TopologyDeclarer agoraTopologyDeclarer(
            AmqpAdmin amqpAdmin,
            Topology topology,
            HandlerRegistry handlers,
            MessagingProperties properties,
            AgoraInstance instance,
            ConfirmingPublisher publisher,
            ObjectProvider<LogListener> logListener,
            ObjectProvider<GorgTopology> gorg) {
        if (!(amqpAdmin instanceof RabbitAdmin admin)) {
            throw new IllegalStateException("Agora messaging needs a RabbitAdmin, not " + amqpAdmin.getClass());
        }
        return new TopologyDeclarer(
                admin,
                new QueueUpgrade(admin, publisher, topology),
                topology,
                handlers,
                properties,
                instance.id(),
                logListener.getIfAvailable() != null,
                gorg.getIfAvailable());
    }

    @Bean
    EventPublisher agoraEventPublisher(ConfirmingPublisher publisher, MessageFactory messages) {
        return new AmqpEventPublisher(publisher, messages);
    }

    @Bean
    AmqpRequestClient agoraRequestClient(
            ConfirmingPublisher publisher,
            MessageFactory messages,
            EnvelopeCodec codec,
            MessagingMetrics metrics,
            Topology topology,
            AgoraInstance instance,
            MessagingProperties properties,
            SoaWireFormat wire,
            ObjectProvider<GorgTopology> gorg) {
        return new AmqpRequestClient(
                publisher,
                messages,
                codec,
                metrics,
                topology,
                instance.id(),
                properties.requests().timeout(),
                wire,
                gorg.getIfAvailable());
    }

    @Bean
    DelayedEvents agoraDelayedEvents(
            Topology topology,
            TopologyDeclarer declarer,
            HandlerRegistry handlers,
            EnvelopeCodec codec,
            ConfirmingPublisher publisher,
            ObjectProvider<OutboxWriter> outbox) {
        return new AmqpDelayedEvents(topology, declarer, handlers, codec, publisher, outbox.getIfAvailable());
    }

    @Bean
    ParkedMessages agoraParkedMessages(RabbitTemplate rabbit, ConfirmingPublisher publisher, Topology topology) {
        return new AmqpParkedMessages(rabbit, publisher, topology);
    }

    @Bean
    ParkedMessagesOfServices agoraParkedMessagesOfServices(
            RabbitTemplate rabbit, ConfirmingPublisher publisher, Topology topology) {
        return new AmqpParkedMessagesOfServices(rabbit, publisher, topology);
    }

    @Bean
    FailureRouter agoraFailureRouter(
            ConfirmingPublisher publisher,
            TopologyDeclarer declarer,
            Topology topology,
            SoaWireFormat wire,
            MessagingMetrics metrics,
            MessagingProperties properties) {
        return new FailureRouter(publisher, declarer, topology, wire, metrics, properties.retry());
    }

    @Bean
    InboundDispatcher agoraInboundDispatcher(
            Topology topology,
            HandlerRegistry handlers,
            EnvelopeCodec codec,
            SoaWireFormat wire,
            FailureRouter failures,
            ConfirmingPublisher publisher,
            MessageFactory messages,
            MessagingMetrics metrics,
            MessagingProperties properties,
            BatchedAcks acks,
            ValidatingEventData eventData,
            ObjectProvider<TransactionalMessaging> transactional) {
        return new InboundDispatcher(
                topology,
                handlers,
                wire,
                eventData,
                failures,
                new FailureClassifier(properties.unknownFailures()),
                new Replies(publisher, messages, codec, properties.service(), wire.compatible()),
                metrics,
                acks,
                new OnceInTransaction(transactional.getIfAvailable()),
                properties.retry().maxAttempts());
    }

    @Bean
    ValidatingEventData agoraEventData(EnvelopeCodec codec, ObjectProvider<PayloadValidator> validator) {
        return new ValidatingEventData(codec, validator.getIfAvailable(() -> PayloadValidator.NONE));
    }

    /** Event data is held to its Bean Validation constraints when the service has a Validator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "jakarta.validation.Validator")
    static class PayloadValidation {
        @Bean
        @ConditionalOnSingleCandidate(jakarta.validation.Validator.class)
        PayloadValidator agoraPayloadValidator(jakarta.validation.Validator validator) {
            return new BeanValidationPayloads(validator);
        }
    }

    @Bean
    BatchedAcks agoraBatchedAcks(MessagingProperties properties) {
        return new BatchedAcks(properties.acks().batchSize(), properties.acks().interval());
    }

    @Bean
    DirectMessageListenerContainer agoraJobQueueContainer(
            CachingConnectionFactory connectionFactory,
            Topology topology,
            InboundDispatcher dispatcher,
            MessagingProperties properties,
            TopologyDeclarer declarerFirst) {
        var container = new DirectMessageListenerContainer(connectionFactory);
        container.setQueueNames(topology.jobQueue());
        container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        container.setPrefetchCount(properties.prefetch());
        container.setConsumersPerQueue(properties.concurrency());
        container.setMessageListener(dispatcher);
        container.setPhase(BatchedAcks.PHASE - 1); // stops after the acks are flushed
        return container;
    }

    @Bean
    DirectMessageListenerContainer agoraReplyContainer(
            CachingConnectionFactory connectionFactory,
            Topology topology,
            AgoraInstance instance,
            AmqpRequestClient requests,
            TopologyDeclarer declarerFirst) {
        var container = new DirectMessageListenerContainer(connectionFactory);
        container.setQueueNames(topology.replyQueue(instance.id()));
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setMessageListener(requests);
        return container;
    }

    @Bean
    @ConditionalOnBean(LogListener.class)
    SimpleMessageListenerContainer agoraLogContainer(
            CachingConnectionFactory connectionFactory,
            Topology topology,
            LogListener listener,
            FailureRouter failures,
            MessagingProperties properties,
            TopologyDeclarer declarerFirst) {
        var container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(topology.logQueue());
        container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        container.setConsumerBatchEnabled(true);
        container.setBatchSize(properties.logListener().batchSize());
        container.setPrefetchCount(properties.logListener().batchSize() * 2);
        container.setReceiveTimeout(100);
        container.setMessageListener(new LogTap(listener, failures));
        return container;
    }
}
