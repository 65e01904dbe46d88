package dev.agora.shop.inventory;

import static org.awaitility.Awaitility.await;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.test.IsolatedBroker;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event exchange as the other shop services see it: sends their events in Agora envelopes, as their outboxes
 * would, and records what inventory publishes (stock.* and inventory.*) on a queue of its own.
 */
public final class ShopTraffic {

    private static final String EXCHANGE = "agoram_event_exchange";
    private static final Set<String> HANDLED =
            Set.of("product.created", "order.created", "order.cancelled", "order.expired", "order.confirmed");

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final IsolatedBroker broker;
    private final String queue = "inventory-it-" + UUID.randomUUID();
    private final List<JsonNode> published = new CopyOnWriteArrayList<>();

    public ShopTraffic(RabbitTemplate rabbit, JsonMapper json, IsolatedBroker broker) {
        this.rabbit = rabbit;
        this.json = json;
        this.broker = broker;
    }

    /** Waits until inventory listens to every event it handles, then starts recording what it publishes. */
    public ShopTraffic start() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jobQueueKeys().containsAll(HANDLED));
        var admin = new RabbitAdmin(rabbit);
        var recorder = admin.declareQueue(new Queue(queue, false, false, false));
        var exchange = new TopicExchange(EXCHANGE);
        admin.declareBinding(
                BindingBuilder.bind(new Queue(recorder)).to(exchange).with("stock.#"));
        admin.declareBinding(
                BindingBuilder.bind(new Queue(recorder)).to(exchange).with("inventory.#"));
        return this;
    }

    /** Sends an event as the service {@code sender} would. */
    public Envelope send(String sender, String routingKey, Object data) {
        var envelope = Envelope.create(routingKey, sender, json.valueToTree(data));
        sendAgain(envelope);
        return envelope;
    }

    /** The same message once more, as a broker redelivers it. */
    public void sendAgain(Envelope envelope) {
        rabbit.send(
                EXCHANGE,
                envelope.name(),
                MessageBuilder.withBody(json.writeValueAsBytes(envelope))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(envelope.uuid().toString())
                        .setAppId(envelope.senderId())
                        .build());
    }

    /** The data of every event inventory published so far under {@code routingKey} that matches. */
    public List<JsonNode> published(String routingKey, Predicate<JsonNode> data) {
        for (var message = rabbit.receive(queue); message != null; message = rabbit.receive(queue)) {
            published.add(json.readTree(message.getBody()));
        }
        return published.stream()
                .filter(envelope -> envelope.get("event_name").asString().equals(routingKey))
                .map(envelope -> envelope.get("data"))
                .filter(data)
                .toList();
    }

    /** Events about one order. */
    public List<JsonNode> published(String routingKey, UUID orderId) {
        return published(routingKey, data -> orderId.toString().equals(orderIdOf(data)));
    }

    private static String orderIdOf(JsonNode data) {
        var payload = data.path("payload");
        return (payload.isMissingNode() ? data : payload).path("orderId").asString("");
    }

    private Set<String> jobQueueKeys() {
        return broker.management().bindings(broker.vhost()).stream()
                .filter(binding -> binding.get("destination").asString().equals("inventory_job_q"))
                .map(binding -> binding.get("routing_key").asString())
                .collect(Collectors.toSet());
    }
}
