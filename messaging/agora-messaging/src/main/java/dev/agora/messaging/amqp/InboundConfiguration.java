package dev.agora.messaging.amqp;

import dev.agora.messaging.LogListener;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.listener.DirectMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the service receives: the work queue's container and its pipeline (handlers, failure routing, answers to
 * requests, batched acks), and the log queue's container when the service has a {@link LogListener}. Only in the
 * {@code service} role: a client receives nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "agora.messaging", name = "role", havingValue = "service", matchIfMissing = true)
class InboundConfiguration {

    @Bean
    FailureRouter agoraFailureRouter(
            ConfirmingPublisher publisher,
            MessageFactory messages,
            TopologyDeclarer declarer,
            Topology topology,
            SoaWireFormat wire,
            MessagingMetrics metrics,
            MessagingProperties properties) {
        return new FailureRouter(publisher, messages, declarer, topology, wire, metrics, properties.retry());
    }

    @Bean
    InboundDecoder agoraInboundDecoder(Topology topology, SoaWireFormat wire, MessagingProperties properties) {
        return new InboundDecoder(topology, wire, properties.retry().maxAttempts());
    }

    @Bean
    InboundDispatcher agoraInboundDispatcher(
            InboundDecoder decoder,
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
        var outcomes = new OutcomeRouter(
                failures,
                new FailureClassifier(properties.unknownFailures()),
                new Replies(publisher, messages, codec, properties.service(), wire.compatible()),
                metrics);
        return new InboundDispatcher(
                decoder,
                handlers,
                eventData,
                outcomes,
                failures,
                metrics,
                acks,
                new OnceInTransaction(transactional.getIfAvailable()));
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
    @ConditionalOnBean(LogListener.class)
    SimpleMessageListenerContainer agoraLogContainer(
            CachingConnectionFactory connectionFactory,
            Topology topology,
            LogListener listener,
            FailureRouter failures,
            InboundDecoder decoder,
            MessagingProperties properties,
            TopologyDeclarer declarerFirst) {
        var container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(topology.logQueue());
        container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        container.setConsumerBatchEnabled(true);
        container.setBatchSize(properties.logListener().batchSize());
        container.setPrefetchCount(properties.logListener().batchSize() * 2);
        container.setReceiveTimeout(100);
        container.setMessageListener(new LogTap(listener, failures, decoder));
        return container;
    }
}
