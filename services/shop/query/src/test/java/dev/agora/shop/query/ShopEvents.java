package dev.agora.shop.query;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.test.EventExchange;
import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.shop.query.readmodel.Projection;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes shop events the way the other services' outboxes do: an envelope on the event exchange under the
 * event's routing key, named by its sender, with the creation time the test chooses.
 */
final class ShopEvents {

    private static final String WORK_QUEUE = "query_job_q";

    private final EventExchange exchange;
    private final JsonMapper json;

    ShopEvents(RabbitTemplate rabbit, JsonMapper json) {
        this.exchange = new EventExchange(rabbit, json);
        this.json = json;
    }

    /** Waits until the query service's work queue receives the events it follows, or they would be lost. */
    static void awaitSubscribed(IsolatedBroker broker, List<Projection> projections) {
        broker.awaitBindings(EventExchange.NAME, WORK_QUEUE, followedBy(projections));
    }

    /** The routing keys the event exchange routes to the query service's work queue. */
    static Set<String> boundToTheWorkQueue(IsolatedBroker broker) {
        return broker.bindingKeys(EventExchange.NAME, WORK_QUEUE);
    }

    static Set<String> followedBy(List<Projection> projections) {
        var keys = new TreeSet<String>();
        projections.forEach(
                projection -> projection.subscriptions().forEach(subscription -> keys.add(subscription.routingKey())));
        return keys;
    }

    Envelope envelope(Step step) {
        return new Envelope(
                routingKey(step.event()),
                UUID.randomUUID(),
                step.at(),
                step.sender(),
                json.valueToTree(step.event()),
                0,
                List.of());
    }

    Envelope publish(Step step) {
        return exchange.send(envelope(step));
    }

    void publishAll(List<Step> steps) {
        steps.forEach(this::publish);
    }

    void send(Envelope envelope) {
        exchange.send(envelope);
    }

    /** OrderCreated is order.created, as the messaging layer names @IntegrationEvent records. */
    static String routingKey(Object event) {
        return event.getClass()
                .getSimpleName()
                .replaceAll("([a-z0-9])([A-Z])", "$1.$2")
                .toLowerCase(Locale.ROOT);
    }

    /** One event as a service publishes it. */
    record Step(String sender, Object event, Instant at) {}
}
