package dev.agora.shop.order;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.test.EventExchange;
import dev.agora.messaging.test.PublishedEvents;
import dev.agora.messaging.test.ReceivedEvent;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rest of the shop as the order service meets it on the broker: publishes events the way inventory, pricing
 * and payment do (an Agora envelope on the event exchange), and records every {@code order.*} event the service
 * publishes. Import it into an IT: its queue is bound when the context starts, before any order is placed.
 */
public final class ShopEvents {

    private final JsonMapper json;
    private final EventExchange exchange;
    private final PublishedEvents published;

    public ShopEvents(RabbitTemplate rabbit, JsonMapper json) {
        this.json = json;
        this.exchange = new EventExchange(rabbit, json);
        this.published = PublishedEvents.subscribe(rabbit, json, "order.#");
    }

    /** Publishes an event as another service would; returns it, to find in the order service's inbox. */
    public Envelope publish(String routingKey, Object data, String sender) {
        return exchange.send(Envelope.create(routingKey, sender, json.valueToTree(data)));
    }

    /** True once the order service's handler committed this event (the messaging layer's inbox row). */
    public static boolean processed(JdbcTemplate jdbc, Envelope event) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM agora_inbox WHERE message_id = ?)",
                Boolean.class,
                event.uuid().toString()));
    }

    /** The events the order service published so far about this order, in the order they arrived. */
    public List<ReceivedEvent> about(UUID orderId) {
        return published.received().stream()
                .filter(event -> event.senderId().equals("order"))
                .filter(event ->
                        orderId.toString().equals(event.data().path("orderId").asString()))
                .toList();
    }

    public List<String> namesAbout(UUID orderId) {
        return about(orderId).stream().map(ReceivedEvent::name).toList();
    }

    public ReceivedEvent first(String name, UUID orderId) {
        return about(orderId).stream()
                .filter(event -> event.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " about order " + orderId));
    }
}
