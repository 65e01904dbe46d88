package dev.agora.shop.product.catalogue;

import dev.agora.messaging.Envelope;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A queue of the test's own, bound to the event exchange like a subscribing service's job queue: what reaches
 * it is exactly what other services receive.
 */
final class PublishedEvents {

    private static final String QUEUE = "test_published_events_q";

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final List<Envelope> received = new ArrayList<>();

    /** Subscribes to the events matching the topic pattern, forgetting any earlier ones. */
    PublishedEvents(AmqpAdmin admin, RabbitTemplate rabbit, JsonMapper json, String pattern) {
        this.rabbit = rabbit;
        this.json = json;
        admin.declareQueue(new Queue(QUEUE, false));
        admin.declareBinding(new Binding(QUEUE, Binding.DestinationType.QUEUE, "agoram_event_exchange", pattern, null));
        admin.purgeQueue(QUEUE, false);
    }

    /**
     * The events published so far under this routing key that match, read into the contract type as a
     * subscriber would read them.
     */
    synchronized <T> List<T> of(String routingKey, Class<T> type, Predicate<? super T> matching) {
        for (var message = rabbit.receive(QUEUE); message != null; message = rabbit.receive(QUEUE)) {
            received.add(json.readValue(message.getBody(), Envelope.class));
        }
        return received.stream()
                .filter(envelope -> envelope.name().equals(routingKey))
                .map(envelope -> json.treeToValue(envelope.data(), type))
                .filter(matching)
                .toList();
    }
}
