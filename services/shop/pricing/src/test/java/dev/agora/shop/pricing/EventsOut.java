package dev.agora.shop.pricing;

import dev.agora.messaging.Envelope;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A queue of the test's own in its vhost, bound to what the test wants to watch leave the service (its events,
 * its soft-failed deliveries), read with basic.get.
 */
final class EventsOut {

    record Seen(String exchange, String routingKey, Envelope envelope) {}

    private static final String QUEUE = "test_observer_q";

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    /**
     * Reads amounts as written ({@code 12.50}, not the double 12.5), so that tests see exactly what the service
     * put on the wire.
     */
    private EventsOut(RabbitTemplate rabbit, JsonMapper json) {
        this.rabbit = rabbit;
        this.json = json.rebuild()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    /** @param bindings pairs of exchange and binding key */
    static EventsOut watch(RabbitAdmin admin, RabbitTemplate rabbit, JsonMapper json, String... bindings) {
        admin.declareQueue(new Queue(QUEUE, false, false, false));
        for (int i = 0; i < bindings.length; i += 2) {
            admin.declareBinding(new Binding(QUEUE, Binding.DestinationType.QUEUE, bindings[i], bindings[i + 1], null));
        }
        return new EventsOut(rabbit, json);
    }

    /** The data of every event seen so far under that routing key that passes the filter. */
    <T> List<T> data(String routingKey, Class<T> type, Predicate<T> filter) {
        return seen(routingKey).stream()
                .map(seen -> json.treeToValue(seen.envelope().data(), type))
                .filter(filter)
                .toList();
    }

    List<Seen> seen(String routingKey) {
        Message message;
        while ((message = rabbit.receive(QUEUE)) != null) {
            var properties = message.getMessageProperties();
            seen.add(new Seen(
                    properties.getReceivedExchange(),
                    properties.getReceivedRoutingKey(),
                    json.readValue(message.getBody(), Envelope.class)));
        }
        return seen.stream()
                .filter(seen -> seen.routingKey().equals(routingKey))
                .toList();
    }
}
