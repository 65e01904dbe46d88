package dev.agora.messaging.test;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One message a test's queue received: the exchange and routing key the broker delivered it with, and its body,
 * an Agora envelope, read as JSON (this library cannot know {@code dev.agora.messaging.Envelope}, see {@link
 * EventExchange#send}). Its accessors are named as the envelope's.
 */
public record ReceivedEvent(String exchange, String routingKey, JsonNode envelope) {

    /** The event's name, which is its routing key on the event exchange (a retry travels under another). */
    public String name() {
        return envelope.path("event_name").asString();
    }

    public UUID uuid() {
        return UUID.fromString(envelope.path("event_uuid").asString());
    }

    public String senderId() {
        return envelope.path("event_sender_id").asString();
    }

    /** The event itself, with decimals as written: {@code 12.50} stays {@code 12.50}. */
    public JsonNode data() {
        return envelope.path("data");
    }
}
