package dev.agora.messaging.amqp;

import dev.agora.messaging.DelayedEvents;
import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.LogListener;
import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.RequestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.DirectMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns {@code agora.messaging.service} and the service's handlers into the whole topology of the
 * conventions, and provides {@link EventPublisher}, {@link RequestClient} and {@link ParkedMessages}. With a
 * database, handlers run in a transaction with an inbox and {@link IntegrationEvent}s go through an outbox.
 */
@AutoConfiguration(after = {RabbitAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnProperty(prefix = "agora.messaging", name = "service")
@EnableConfigurationProperties(MessagingProperties.class)
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
    MessageFactory agoraMessageFactory(Topology topology, EnvelopeCodec codec) {
        return new MessageFactory(topology, codec);
    }

    @Bean(destroyMethod = "close")
    ConfirmingPublisher agoraPublisher(
            CachingConnectionFactory connectionFactory,
            MessagingProperties properties,
            AgoraInstance instance,
            MessagingMetrics metrics) {
        return new ConfirmingPublisher(
                connectionFactory.getRabbitConnectionFactory(),
                properties.service() + "-" + instance.id() + "-publisher",
                properties.publisher(),
                metrics);
    }

    @Bean
    TopologyDeclarer agoraTopologyDeclarer(
            RabbitAdmin admin,
            Topology topology,
            HandlerRegistry handlers,
            MessagingProperties properties,
            AgoraInstance instance,
            ObjectProvider<LogListener> logListener) {
        return new TopologyDeclarer(
                admin, topology, handlers, properties, instance.id(), logListener.getIfAvailable() != null);
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
            MessagingProperties properties) {
        return new AmqpRequestClient(
                publisher,
                messages,
                codec,
                metrics,
                topology,
                instance.id(),
                properties.requests().timeout());
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
    FailureRouter agoraFailureRouter(
            ConfirmingPublisher publisher,
            TopologyDeclarer declarer,
            Topology topology,
            EnvelopeCodec codec,
            MessagingMetrics metrics,
            MessagingProperties properties) {
        return new FailureRouter(publisher, declarer, topology, codec, metrics, properties.retry());
    }

    @Bean
    InboundDispatcher agoraInboundDispatcher(
            Topology topology,
            HandlerRegistry handlers,
            EnvelopeCodec codec,
            FailureRouter failures,
            ConfirmingPublisher publisher,
            MessageFactory messages,
            MessagingMetrics metrics,
            MessagingProperties properties,
            BatchedAcks acks,
            ObjectProvider<TransactionalMessaging> transactional) {
        var database = transactional.getIfAvailable();
        return new InboundDispatcher(
                topology,
                handlers,
                codec,
                failures,
                new FailureClassifier(properties.unknownFailures()),
                new Replies(publisher, messages, codec, properties.service()),
                metrics,
                acks,
                database == null ? null : database.transactions(),
                database == null ? null : database.inbox());
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

    /** The database side: inbox and outbox tables, the transaction handlers run in, and the relay. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({DataSource.class, PlatformTransactionManager.class})
    @ConditionalOnProperty(prefix = "agora.messaging.database", name = "enabled", matchIfMissing = true)
    static class DatabaseConfiguration {

        @Bean
        MessagingSchema agoraMessagingSchema(DataSource dataSource, PlatformTransactionManager transactionManager) {
            return new MessagingSchema(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager));
        }

        @Bean
        TransactionalMessaging agoraTransactionalMessaging(
                DataSource dataSource,
                PlatformTransactionManager transactionManager,
                MessagingProperties properties,
                MessagingSchema schemaFirst) {
            return new TransactionalMessaging(
                    new TransactionTemplate(transactionManager),
                    new Inbox(JdbcClient.create(dataSource), properties.service()));
        }

        @Bean
        OutboxRelay agoraOutboxRelay(
                DataSource dataSource,
                TransactionalMessaging transactional,
                ConfirmingPublisher publisher,
                MessagingProperties properties) {
            return new OutboxRelay(
                    JdbcClient.create(dataSource),
                    transactional.transactions(),
                    publisher,
                    transactional.inbox(),
                    properties.service(),
                    properties);
        }

        @Bean
        OutboxWriter agoraOutboxWriter(
                DataSource dataSource, EnvelopeCodec codec, Topology topology, OutboxRelay relay) {
            return new OutboxWriter(JdbcClient.create(dataSource), codec, topology, relay);
        }

        @Bean
        OutboxEventListener agoraOutboxEventListener(OutboxWriter outbox, EnvelopeCodec codec, Topology topology) {
            return new OutboxEventListener(outbox, codec, topology);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.bind.annotation.RestController")
    static class AsyncApiConfiguration {

        @Bean
        AsyncApiController agoraAsyncApiController(
                Topology topology, HandlerRegistry handlers, EnvelopeCodec codec, BeanFactory beanFactory) {
            return new AsyncApiController(
                    new AsyncApiDocument(topology, handlers, integrationEvents(beanFactory), codec));
        }

        private static List<Class<?>> integrationEvents(BeanFactory beanFactory) {
            var events = new ArrayList<Class<?>>();
            if (!AutoConfigurationPackages.has(beanFactory)) return events;
            var scanner = new ClassPathScanningCandidateComponentProvider(false);
            scanner.addIncludeFilter(new AnnotationTypeFilter(IntegrationEvent.class));
            for (var pkg : AutoConfigurationPackages.get(beanFactory)) {
                for (var candidate : scanner.findCandidateComponents(pkg)) {
                    events.add(loadClass(candidate.getBeanClassName()));
                }
            }
            return events;
        }

        private static Class<?> loadClass(@Nullable String name) {
            try {
                return Class.forName(name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
