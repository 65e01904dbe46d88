package dev.agora.messaging.amqp;

import org.jspecify.annotations.Nullable;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.listener.DirectMessageListenerContainer;

/**
 * The reply side of this instance: the service's {@code reply.S} exchange (through the log like every input), an
 * exclusive queue bound to it under the instance's key, and its consumer. Declared and started on the first request,
 * so a service or client that never asks has none of it; the admin declares it again after a reconnection.
 */
final class ReplyQueue {

    private final AmqpAdmin admin;
    private final CachingConnectionFactory connectionFactory;
    private final Topology topology;
    private final TopologyPlan plan;
    private final String instanceId;
    private final @Nullable GorgTopology gorg;
    private volatile @Nullable DirectMessageListenerContainer container;

    ReplyQueue(
            AmqpAdmin admin,
            CachingConnectionFactory connectionFactory,
            Topology topology,
            TopologyPlan plan,
            String instanceId,
            @Nullable GorgTopology gorg) {
        this.gorg = gorg;
        this.admin = admin;
        this.connectionFactory = connectionFactory;
        this.topology = topology;
        this.plan = plan;
        this.instanceId = instanceId;
    }

    /** Declares the reply side and starts consuming it, once; cheap when it already runs. */
    void startOnce(MessageListener replies) {
        if (container != null) return;
        synchronized (this) {
            if (container != null) return;
            var exchange = new TopicExchange(topology.replyExchange(), true, false);
            admin.declareExchange(exchange);
            admin.declareBinding(plan.throughLog(exchange));
            var queue = QueueBuilder.nonDurable(topology.replyQueue(instanceId))
                    .exclusive()
                    .autoDelete()
                    .build();
            admin.declareQueue(queue);
            admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with(topology.replyBindingKey(instanceId)));
            if (gorg != null) gorg.declareReplySide(queue.getName());
            var consumer = new DirectMessageListenerContainer(connectionFactory);
            consumer.setQueueNames(queue.getName());
            consumer.setAcknowledgeMode(AcknowledgeMode.AUTO);
            consumer.setMessageListener(replies);
            consumer.afterPropertiesSet();
            consumer.start();
            container = consumer;
        }
    }

    synchronized void stop() {
        var running = container;
        if (running != null) {
            running.stop();
            running.destroy();
            container = null;
        }
    }
}
