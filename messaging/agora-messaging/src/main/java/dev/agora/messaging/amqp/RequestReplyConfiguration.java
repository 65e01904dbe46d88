package dev.agora.messaging.amqp;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The asking side of request/reply, for services and clients: the client and, from its first request, its replies. */
@Configuration(proxyBeanMethods = false)
class RequestReplyConfiguration {

    @Bean
    AmqpRequestClient agoraRequestClient(
            ConfirmingPublisher publisher,
            MessageFactory messages,
            EnvelopeCodec codec,
            MessagingMetrics metrics,
            Topology topology,
            TopologyPlan plan,
            AgoraInstance instance,
            MessagingProperties properties,
            AmqpAdmin admin,
            CachingConnectionFactory connectionFactory,
            SoaWireFormat wire,
            ObjectProvider<GorgTopology> gorg) {
        var gorgTopology = gorg.getIfAvailable();
        var replyQueue = new ReplyQueue(admin, connectionFactory, topology, plan, instance.id(), gorgTopology);
        return new AmqpRequestClient(
                publisher,
                messages,
                codec,
                metrics,
                topology,
                instance.id(),
                properties.requests().timeout(),
                replyQueue,
                wire,
                gorgTopology);
    }
}
