package dev.agora.shop.payment.charge;

import static org.awaitility.Awaitility.await;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.test.IsolatedBroker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The broker as the other shop services use it: sends their events to the payment service the way they would
 * (an envelope on the event exchange) and catches every {@code payment.*} event it publishes.
 */
final class ShopTraffic {

    static final String EVENTS = "agoram_event_exchange";
    private static final String PROBE = "payment-events-probe";

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final IsolatedBroker broker;
    private final List<Envelope> received = new CopyOnWriteArrayList<>();

    ShopTraffic(RabbitTemplate rabbit, JsonMapper json, IsolatedBroker broker) {
        this.rabbit = rabbit;
        this.json = json;
        this.broker = broker;
    }

    /** Waits until the payment service listens, then starts catching its events afresh. */
    void start() {
        await().atMost(Duration.ofSeconds(30)).until(this::paymentServiceListens);
        var admin = new RabbitAdmin(rabbit);
        admin.declareQueue(new Queue(PROBE, false, false, false));
        admin.declareBinding(new Binding(PROBE, Binding.DestinationType.QUEUE, EVENTS, "payment.#", null));
        admin.purgeQueue(PROBE, false);
        received.clear();
    }

    Envelope send(String eventName, String sender, Object data) {
        var envelope = Envelope.create(eventName, sender, json.valueToTree(data));
        send(envelope);
        return envelope;
    }

    /** Sends this very envelope (again): what a redelivery looks like to the payment service. */
    void send(Envelope envelope) {
        rabbit.send(
                EVENTS,
                envelope.name(),
                MessageBuilder.withBody(json.writeValueAsBytes(envelope))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(envelope.uuid().toString())
                        .setAppId(envelope.senderId())
                        .build());
    }

    /** The payment events about this order so far, in the order they were published. */
    List<Envelope> paymentEvents(UUID orderId) {
        for (var message = rabbit.receive(PROBE); message != null; message = rabbit.receive(PROBE)) {
            received.add(json.readValue(message.getBody(), Envelope.class));
        }
        return received.stream()
                .filter(envelope -> envelope.data().path("orderId").asString().equals(orderId.toString()))
                .toList();
    }

    List<String> paymentEventNames(UUID orderId) {
        return paymentEvents(orderId).stream().map(Envelope::name).toList();
    }

    Envelope awaitEvent(String eventName, UUID orderId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> find(eventName, orderId), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<Envelope> find(String eventName, UUID orderId) {
        return paymentEvents(orderId).stream()
                .filter(envelope -> envelope.name().equals(eventName))
                .findFirst();
    }

    private boolean paymentServiceListens() {
        return broker.management().bindings(broker.vhost()).stream()
                .anyMatch(binding -> binding.get("destination").asString().equals("payment_job_q")
                        && binding.get("routing_key").asString().equals("order.priced"));
    }
}
