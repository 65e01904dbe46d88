package dev.agora.shop.inventory;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.test.EventExchange;
import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.messaging.test.PublishedEvents;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event exchange as the other shop services see it: sends their events in Agora envelopes, as their outboxes
 * would, and records what inventory publishes (stock.* and inventory.*) on a queue of its own.
 */
public final class ShopTraffic {

    private static final Set<String> HANDLED =
            Set.of("product.created", "order.created", "order.cancelled", "order.expired", "order.confirmed");

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final IsolatedBroker broker;
    private final EventExchange events;
    private PublishedEvents published;

    public ShopTraffic(RabbitTemplate rabbit, JsonMapper json, IsolatedBroker broker) {
        this.rabbit = rabbit;
        this.json = json;
        this.broker = broker;
        this.events = new EventExchange(rabbit, json);
    }

    /** Waits until inventory listens to every event it handles, then starts recording what it publishes. */
    public ShopTraffic start() {
        broker.awaitBindings(EventExchange.NAME, "inventory_job_q", HANDLED);
        published = PublishedEvents.subscribe(rabbit, json, "stock.#", "inventory.#");
        return this;
    }

    /** Sends an event as the service {@code sender} would. */
    public Envelope send(String sender, String routingKey, Object data) {
        return events.send(Envelope.create(routingKey, sender, json.valueToTree(data)));
    }

    /** The same message once more, as a broker redelivers it. */
    public void sendAgain(Envelope envelope) {
        events.send(envelope);
    }

    /** The data of every event inventory published so far under {@code routingKey} that matches. */
    public List<JsonNode> published(String routingKey, Predicate<JsonNode> data) {
        return published.of(routingKey, JsonNode.class, data);
    }

    /** Events about one order. */
    public List<JsonNode> published(String routingKey, UUID orderId) {
        return published(routingKey, data -> orderId.toString().equals(orderIdOf(data)));
    }

    private static String orderIdOf(JsonNode data) {
        var payload = data.path("payload");
        return (payload.isMissingNode() ? data : payload).path("orderId").asString("");
    }
}
