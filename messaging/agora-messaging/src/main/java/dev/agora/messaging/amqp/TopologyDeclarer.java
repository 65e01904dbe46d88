package dev.agora.messaging.amqp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
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
    private final QueueUpgrade upgrade;
    private final @Nullable GorgTopology gorg;

    TopologyDeclarer(
            RabbitAdmin admin,
            QueueUpgrade upgrade,
            Topology topology,
            HandlerRegistry handlers,
            MessagingProperties properties,
            String instanceId,
            boolean logListener,
            @Nullable GorgTopology gorg) {
        this.admin = admin;
        this.gorg = gorg;
        this.upgrade = upgrade;
        this.topology = topology;
        this.handlers = handlers;
        this.properties = properties;
        this.instanceId = instanceId;
        this.logListener = logListener;
        admin.setRedeclareManualDeclarations(true);
    }

    /**
     * The two queues whose arguments changed since earlier versions are upgraded first, keeping their messages,
     * once the exchanges the upgrade moves messages through exist.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (gorg != null) gorg.requireEventNames(handlers.eventPatterns());
        var all = declarables();
        all.stream().filter(Exchange.class::isInstance).forEach(this::declare);
        upgrade.declare(parkedQueue(), List.of(), QueueUpgrade.Route.direct());
        var jobBindings = all.stream()
                .filter(declarable -> declarable instanceof Binding binding
                        && binding.isDestinationQueue()
                        && binding.getDestination().equals(topology.jobQueue()))
                .map(Binding.class::cast)
                .toList();
        upgrade.declare(jobQueue(), jobBindings, QueueUpgrade.Route.through(topology.delayedOut()));
        all.forEach(this::declare);
    }

    /**
     * Quorum, and the broker's last line of defence against a message delivered again and again whatever the bug (a
     * consumer that dies before it acks): once it was given back more than {@code agora.messaging.delivery-limit}
     * times, the broker dead-letters it, at least once, to the parking queue.
     */
    Queue jobQueue() {
        return QueueBuilder.durable(topology.jobQueue())
                .quorum()
                .deliveryLimit(properties.deliveryLimit())
                .deadLetterExchange("")
                .deadLetterRoutingKey(topology.parkedQueue())
                .withArgument("x-dead-letter-strategy", "at-least-once")
                .overflow(QueueBuilder.Overflow.rejectPublish) // at-least-once dead-lettering needs it
                .build();
    }

    /**
     * Quorum, and never drops a message: browsing gives messages back, which counts as a delivery, and RabbitMQ 4
     * limits deliveries to 20 unless told otherwise. "No limit" (-1) means "drop at the first return" to RabbitMQ
     * 3.x, so the limit is the largest a queue argument holds: two billion browses.
     */
    Queue parkedQueue() {
        return QueueBuilder.durable(topology.parkedQueue())
                .quorum()
                .deliveryLimit(Integer.MAX_VALUE)
                .build();
    }

    List<Declarable> declarables() {
        var eventExchange = new TopicExchange(topology.eventExchange(), true, false);
        var log = logExchange();
        var requests = new TopicExchange(topology.requestExchange(), true, false);
        var replies = new TopicExchange(topology.replyExchange(), true, false);
        var delayedIn = new TopicExchange(topology.delayedIn(), true, false);
        var delayedOut = new FanoutExchange(topology.delayedOut(), true, false);
        var jobQueue = jobQueue();
        var parked = parkedQueue();
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
        if (gorg != null) all.addAll(gorg.declarables(log.getName(), replyQueue.getName()));
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
        if (!Topology.fitsName(name)) {
            throw new IllegalArgumentException("the retry queue of " + routingKey.length() + "-character routing key "
                    + "would exceed AMQP's " + Topology.MAX_NAME_BYTES + " bytes: such a message cannot be retried");
        }
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
        // the gem declares log as a fanout: a topic one would stop every gorg bot at start
        return switch (properties.compatibility()) {
            case NONE ->
                ExchangeBuilder.topicExchange(topology.logExchange())
                        .durable(true)
                        .build();
            case GORG_SERVICE ->
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
