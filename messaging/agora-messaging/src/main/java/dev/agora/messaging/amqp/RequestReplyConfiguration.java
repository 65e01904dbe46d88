package dev.agora.messaging.amqp;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.listener.DirectMessageListenerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The asking side of request/reply: the client and the container of this instance's reply queue. */
@Configuration(proxyBeanMethods = false)
class RequestReplyConfiguration {

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
}
