package dev.agora.messaging.test;

import java.time.Instant;
import java.util.Date;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event exchange of the test's vhost, as the other services meet it: {@link #send} puts an event on it the way
 * their outbox relays do, so the service under test receives exactly what it would in production.
 *
 * <pre>{@code
 * var exchange = new EventExchange(rabbit, json);
 * var created = exchange.send(Envelope.create("order.created", "order", json.valueToTree(orderCreated)));
 * exchange.send(created); // a redelivery: the same message id
 * }</pre>
 */
public final class EventExchange {

    /** The name every Agora service gives the event exchange, unless configured otherwise. */
    public static final String NAME = "agoram_event_exchange";

    private final RabbitTemplate rabbit;
    private final JsonMapper json;

    /** @param rabbit connected to the test's vhost, as the service's own template is */
    public EventExchange(RabbitTemplate rabbit, JsonMapper json) {
        this.rabbit = rabbit;
        this.json = json;
    }

    /**
     * Publishes an Agora envelope under its event name, with the properties the messaging layer sets: message id
     * the event's uuid (what the receiver's inbox deduplicates by), type its name, app id its sender, timestamp
     * its creation time. Sending the same envelope again is what a redelivery looks like to the receiver.
     *
     * <p>This library knows the envelope by its JSON schema only (the messaging layer depends on this library
     * for its own tests, so this library cannot depend on it): pass a {@code dev.agora.messaging.Envelope}.
     *
     * @return the envelope, to send again or to find in the receiver's inbox
     */
    public <E> E send(E envelope) {
        var tree = json.valueToTree(envelope);
        var name = text(tree, "event_name");
        var properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding("utf-8");
        properties.setMessageId(text(tree, "event_uuid"));
        properties.setType(name);
        properties.setAppId(text(tree, "event_sender_id"));
        properties.setTimestamp(Date.from(json.treeToValue(tree.required("event_creation_time"), Instant.class)));
        rabbit.send(NAME, name, new Message(json.writeValueAsBytes(envelope), properties));
        return envelope;
    }

    private static String text(JsonNode envelope, String field) {
        var value = envelope.path(field);
        if (!value.isString())
            throw new IllegalArgumentException("not an Agora envelope, no " + field + ": " + envelope);
        return value.asString();
    }
}
