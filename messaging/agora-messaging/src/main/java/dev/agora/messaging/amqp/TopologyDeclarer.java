package dev.agora.messaging.amqp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Declares the service's whole set of SPEC section 1 once every handler is known, before any listener
 * starts: all declarations are idempotent, and the admin declares them again after a reconnection.
 * Deferred queues are declared when a routing key first soft-fails at a delay level.
 */
final class TopologyDeclarer implements SmartInitializingSingleton {

    private final RabbitAdmin admin;
    private final Topology topology;
    private final HandlerRegistry handlers;
    private final MessagingProperties properties;
    private final String instanceId;
    private final boolean logListener;
    private final Set<String> declaredDeferredQueues = ConcurrentHashMap.newKeySet();

    TopologyDeclarer(
            RabbitAdmin admin,
            Topology topology,
            HandlerRegistry handlers,
            MessagingProperties properties,
            String instanceId,
            boolean logListener) {
        this.admin = admin;
        this.topology = topology;
        this.handlers = handlers;
        this.properties = properties;
        this.instanceId = instanceId;
        this.logListener = logListener;
        admin.setRedeclareManualDeclarations(true);
    }

    @Override
    public void afterSingletonsInstantiated() {
        declarables().forEach(this::declare);
    }

    List<Declarable> declarables() {
        var eventExchange = new TopicExchange(topology.eventExchange(), true, false);
        var log = logExchange();
        var requests = new TopicExchange(topology.requestExchange(), true, false);
        var replies = new TopicExchange(topology.replyExchange(), true, false);
        var delayedIn = new TopicExchange(topology.delayedIn(), true, false);
        var delayedOut = new FanoutExchange(topology.delayedOut(), true, false);
        var jobQueue = QueueBuilder.durable(topology.jobQueue()).quorum().build();
        var parked = QueueBuilder.durable(topology.parkedQueue()).quorum().build();
        var replyQueue = QueueBuilder.nonDurable(topology.replyQueue(instanceId))
                .exclusive()
                .autoDelete()
                .build();

        var all = new ArrayList<Declarable>(
                List.of(eventExchange, log, requests, replies, delayedIn, delayedOut, jobQueue, parked, replyQueue));
        for (var input : List.of(eventExchange, requests, replies, delayedIn)) {
            all.add(new Binding(log.getName(), Binding.DestinationType.EXCHANGE, input.getName(), "#", Map.of()));
        }
        all.add(BindingBuilder.bind(jobQueue).to(delayedOut));
        for (var pattern : handlers.eventPatterns()) {
            all.add(BindingBuilder.bind(jobQueue).to(eventExchange).with(pattern));
        }
        for (var action : handlers.requestHandlers().keySet()) {
            all.add(BindingBuilder.bind(jobQueue).to(requests).with(Topology.requestKey(topology.service(), action)));
        }
        all.add(BindingBuilder.bind(replyQueue).to(replies).with(topology.replyBindingKey(instanceId)));
        if (logListener) {
            var logQueue = QueueBuilder.durable(topology.logQueue()).quorum().build();
            all.add(logQueue);
            all.add(new Binding(
                    logQueue.getName(),
                    Binding.DestinationType.QUEUE,
                    log.getName(),
                    properties.logListener().bindingKey(),
                    Map.of()));
        }
        return all;
    }

    /**
     * The storage queue of one routing key at one delay: no consumer, a TTL of that delay, dead-lettered
     * through {@code S_delayed_out_x} back to the work queue under the original routing key.
     */
    String declareDeferred(String routingKey, Duration delay) {
        var name = topology.deferredQueue(routingKey, delay);
        if (declaredDeferredQueues.add(name)) {
            try {
                var queue = QueueBuilder.durable(name)
                        .ttl(Math.toIntExact(delay.toMillis()))
                        .deadLetterExchange(topology.delayedOut())
                        .deadLetterRoutingKey(routingKey)
                        .build();
                admin.declareQueue(queue);
                admin.declareBinding(new Binding(
                        name,
                        Binding.DestinationType.QUEUE,
                        topology.delayedIn(),
                        Topology.deferredKey(routingKey, delay),
                        Map.of()));
            } catch (RuntimeException e) {
                declaredDeferredQueues.remove(name);
                throw e;
            }
        }
        return name;
    }

    /** Forgets a deferred queue so the next use declares it again (the broker lost it). */
    void forgetDeferred(String routingKey, Duration delay) {
        declaredDeferredQueues.remove(topology.deferredQueue(routingKey, delay));
    }

    private Exchange logExchange() {
        return switch (properties.logExchangeType()) {
            case TOPIC ->
                ExchangeBuilder.topicExchange(topology.logExchange())
                        .durable(true)
                        .build();
            case FANOUT ->
                ExchangeBuilder.fanoutExchange(topology.logExchange())
                        .durable(true)
                        .build();
        };
    }

    private void declare(Declarable declarable) {
        switch (declarable) {
            case Exchange exchange -> admin.declareExchange(exchange);
            case Queue queue -> admin.declareQueue(queue);
            case Binding binding -> admin.declareBinding(binding);
            default -> throw new IllegalStateException("cannot declare " + declarable);
        }
    }
}
