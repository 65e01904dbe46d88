package dev.agora.messaging.amqp;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Declares what {@link TopologyPlan} lists once every handler is known, before any listener starts: all declarations are idempotent, and the admin declares them again after a reconnection.
 * Deferred queues are declared when a routing key first soft-fails at a delay level.
 */
final class TopologyDeclarer implements SmartInitializingSingleton {

    private final RabbitAdmin admin;
    private final Topology topology;
    private final TopologyPlan plan;
    private final MessagingProperties properties;
    private final Set<String> declaredDeferredQueues = ConcurrentHashMap.newKeySet();
    private final QueueUpgrade upgrade;

    TopologyDeclarer(
            RabbitAdmin admin,
            QueueUpgrade upgrade,
            Topology topology,
            TopologyPlan plan,
            MessagingProperties properties) {
        this.admin = admin;
        this.upgrade = upgrade;
        this.topology = topology;
        this.plan = plan;
        this.properties = properties;
        admin.setRedeclareManualDeclarations(true);
    }

    /**
     * The two queues whose arguments changed since earlier versions are upgraded first, keeping their messages,
     * once the exchanges the upgrade moves messages through exist.
     */
    @Override
    public void afterSingletonsInstantiated() {
        plan.checkRole();
        var all = plan.declarables();
        all.stream().filter(Exchange.class::isInstance).forEach(this::declare);
        if (properties.role() == MessagingProperties.Role.CLIENT) {
            all.forEach(this::declare);
            return;
        }
        upgrade.declare(plan.parkedQueue(), List.of(), QueueUpgrade.Route.direct());
        var jobBindings = all.stream()
                .filter(declarable -> declarable instanceof Binding binding
                        && binding.isDestinationQueue()
                        && binding.getDestination().equals(topology.jobQueue()))
                .map(Binding.class::cast)
                .toList();
        upgrade.declare(plan.jobQueue(), jobBindings, QueueUpgrade.Route.through(topology.delayedOut()));
        all.forEach(this::declare);
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

    private void declare(Declarable declarable) {
        switch (declarable) {
            case Exchange exchange -> admin.declareExchange(exchange);
            case Queue queue -> admin.declareQueue(queue);
            case Binding binding -> admin.declareBinding(binding);
            default -> throw new IllegalStateException("cannot declare " + declarable);
        }
    }
}
