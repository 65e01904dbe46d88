package dev.agora.portal.ops.topology;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the management API says about the virtual host at one moment; rates are messages per second. */
record BrokerState(List<Exchange> exchanges, List<Queue> queues, List<Binding> bindings) {

    record Exchange(String name, String type, double rateIn) {}

    /**
     * @param deadLetterExchange where expired or rejected messages go (the deferred queues' way back); empty: the
     *     default exchange, which delivers to the queue named by {@code deadLetterRoutingKey} (a work queue's way to
     *     its parking queue once the delivery limit is reached)
     * @param deadLetterRoutingKey the routing key dead-lettered messages get, if the queue sets one
     * @param ttlMillis message TTL of a deferred queue
     */
    record Queue(
            String name,
            String type,
            long messages,
            long unacknowledged,
            int consumers,
            double rateIn,
            double rateOut,
            @Nullable String deadLetterExchange,
            @Nullable String deadLetterRoutingKey,
            @Nullable Long ttlMillis) {}

    /** The default exchange (empty name) binds every queue implicitly; those bindings are noise here. */
    record Binding(String source, String destination, boolean toQueue, String routingKey) {

        boolean fromDefaultExchange() {
            return source.isEmpty();
        }
    }
}
