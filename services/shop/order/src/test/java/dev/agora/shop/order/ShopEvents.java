package dev.agora.shop.order;

import dev.agora.messaging.Envelope;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rest of the shop as the order service meets it on the broker: publishes events the way inventory, pricing
 * and payment do (an Agora envelope on the event exchange), and records every {@code order.*} event the service
 * publishes. Import it into an IT: its queue is bound when the context starts, before any order is placed.
 */
public final class ShopEvents {

    private static final String EVENT_EXCHANGE = "agoram_event_exchange";
    private static final String QUEUE = "test_shop_order_events_q";

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final List<Envelope> received = new CopyOnWriteArrayList<>();

    public ShopEvents(RabbitTemplate rabbit, AmqpAdmin admin, JsonMapper json) {
        this.rabbit = rabbit;
        this.json = json;
        // the service declares the exchange too, identically; whoever comes first creates it
        admin.declareExchange(new TopicExchange(EVENT_EXCHANGE, true, false));
        admin.declareQueue(new Queue(QUEUE, false, false, true));
        admin.declareBinding(new Binding(QUEUE, Binding.DestinationType.QUEUE, EVENT_EXCHANGE, "order.#", null));
    }

    /** Publishes an event as another service would. */
    public void publish(String routingKey, Object data, String sender) {
        var envelope = Envelope.create(routingKey, sender, json.valueToTree(data));
        rabbit.send(
                EVENT_EXCHANGE,
                routingKey,
                MessageBuilder.withBody(json.writeValueAsBytes(envelope))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(envelope.uuid().toString())
                        .setAppId(sender)
                        .build());
    }

    /** The events the order service published so far about this order, in the order they arrived. */
    public List<Envelope> about(UUID orderId) {
        drain();
        return received.stream()
                .filter(envelope -> envelope.senderId().equals("order"))
                .filter(envelope -> orderId.toString()
                        .equals(envelope.data().path("orderId").asString()))
                .toList();
    }

    public List<String> namesAbout(UUID orderId) {
        return about(orderId).stream().map(Envelope::name).toList();
    }

    public Envelope first(String name, UUID orderId) {
        return about(orderId).stream()
                .filter(envelope -> envelope.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " about order " + orderId));
    }

    private synchronized void drain() {
        for (var message = rabbit.receive(QUEUE); message != null; message = rabbit.receive(QUEUE)) {
            received.add(json.readValue(message.getBody(), Envelope.class));
        }
    }
}
