package dev.agora.messaging.amqp;

import dev.agora.messaging.MessageContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a test handler saw, per instance: enough to assert who got what, how often, and when. */
final class Received {

    record Delivery(String instance, MessageContext context, long nanoTime) {}

    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    void add(String instance, MessageContext context) {
        deliveries.add(new Delivery(instance, context, System.nanoTime()));
    }

    List<Delivery> all() {
        return List.copyOf(deliveries);
    }

    List<Delivery> of(String routingKey) {
        return deliveries.stream()
                .filter(d -> d.context().routingKey().equals(routingKey))
                .toList();
    }

    int size() {
        return deliveries.size();
    }

    void clear() {
        deliveries.clear();
    }
}
