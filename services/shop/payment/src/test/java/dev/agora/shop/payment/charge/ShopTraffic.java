package dev.agora.shop.payment.charge;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.test.EventExchange;
import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.messaging.test.PublishedEvents;
import dev.agora.messaging.test.ReceivedEvent;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The broker as the other shop services use it: sends their events to the payment service the way they would
 * (an envelope on the event exchange) and catches every {@code payment.*} event it publishes.
 */
final class ShopTraffic {

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final IsolatedBroker broker;
    private final EventExchange events;
    private PublishedEvents payments;

    ShopTraffic(RabbitTemplate rabbit, JsonMapper json, IsolatedBroker broker) {
        this.rabbit = rabbit;
        this.json = json;
        this.broker = broker;
        this.events = new EventExchange(rabbit, json);
    }

    /** Waits until the payment service listens, then starts catching its events afresh. */
    void start() {
        broker.awaitBindings(EventExchange.NAME, "payment_job_q", Set.of("order.priced"));
        payments = PublishedEvents.subscribe(rabbit, json, "payment.#");
    }

    Envelope send(String eventName, String sender, Object data) {
        return events.send(Envelope.create(eventName, sender, json.valueToTree(data)));
    }

    /** Sends this very envelope (again): what a redelivery looks like to the payment service. */
    void send(Envelope envelope) {
        events.send(envelope);
    }

    /** The payment events about this order so far, in the order they were published. */
    List<ReceivedEvent> paymentEvents(UUID orderId) {
        return payments.received().stream()
                .filter(event -> about(event, orderId))
                .toList();
    }

    List<String> paymentEventNames(UUID orderId) {
        return paymentEvents(orderId).stream().map(ReceivedEvent::name).toList();
    }

    ReceivedEvent awaitEvent(String eventName, UUID orderId) {
        return payments.awaitFirst(eventName, event -> about(event, orderId), Duration.ofSeconds(30));
    }

    private static boolean about(ReceivedEvent event, UUID orderId) {
        return event.data().path("orderId").asString().equals(orderId.toString());
    }
}
