package dev.agora.messaging.amqp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters and timers per routing key, named {@code agora.messages.*}. Meters are cached so the hot path
 * does one map lookup, not a registry search. Routing keys come from publishers (any key reaches a work queue
 * through its delayed exit): past {@value #MAX_ROUTING_KEYS} keys per meter, new ones share the tag
 * {@value #OTHER_KEYS}, so no publisher can grow the registry without bound.
 */
final class MessagingMetrics {

    static final int MAX_ROUTING_KEYS = 500;
    static final String OTHER_KEYS = "other";

    private final MeterRegistry registry;
    private final String service;
    private final Map<String, Map<String, Counter>> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    MessagingMetrics(MeterRegistry registry, String service) {
        this.registry = registry;
        this.service = service;
    }

    void published(String routingKey) {
        count("published", routingKey);
    }

    void confirmed(String routingKey) {
        count("confirmed", routingKey);
    }

    void nacked(String routingKey) {
        count("nacked", routingKey);
    }

    void unrouted(String routingKey) {
        count("unrouted", routingKey);
    }

    void consumed(String routingKey) {
        count("consumed", routingKey);
    }

    void duplicate(String routingKey) {
        count("duplicates", routingKey);
    }

    void softFailed(String routingKey) {
        count("softfailed", routingKey);
    }

    void parked(String routingKey) {
        count("parked", routingKey);
    }

    void lateReply(String routingKey) {
        count("late.replies", routingKey);
    }

    Timer handlerTimer(String routingKey) {
        var timer = timers.get(routingKey);
        if (timer != null) return timer;
        return timers.computeIfAbsent(
                timers.size() < MAX_ROUTING_KEYS ? routingKey : OTHER_KEYS,
                key -> Timer.builder("agora.messages.handler")
                        .description("time spent in handlers, transaction included")
                        .tag("service", service)
                        .tag("routing_key", key)
                        .publishPercentileHistogram()
                        .register(registry));
    }

    private void count(String what, String routingKey) {
        counter(what, routingKey).increment();
    }

    /** Two plain lookups on the hot path: no key concatenation, no capturing lambda unless a meter is new. */
    private Counter counter(String what, String routingKey) {
        var byKey = counters.get(what);
        if (byKey == null) byKey = counters.computeIfAbsent(what, name -> new ConcurrentHashMap<>());
        var counter = byKey.get(routingKey);
        if (counter != null) return counter;
        return byKey.computeIfAbsent(
                byKey.size() < MAX_ROUTING_KEYS ? routingKey : OTHER_KEYS,
                key -> Counter.builder("agora.messages." + what)
                        .tag("service", service)
                        .tag("routing_key", key)
                        .register(registry));
    }
}
