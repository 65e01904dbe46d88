package dev.agora.messaging;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The JSON body of every Agora message, compatible with the seed's reference schema
 * ({@code agora/envelope.schema.json} in this library). {@code event_name} equals the routing key.
 */
public record Envelope(
        @JsonProperty("event_name") String name,
        @JsonProperty("event_uuid") UUID uuid,
        @JsonProperty("event_creation_time") Instant creationTime,
        @JsonProperty("event_sender_id") String senderId,
        @JsonProperty("data") JsonNode data,
        @JsonProperty("errors_count") int errorsCount,
        @JsonProperty("errors") List<EnvelopeError> errors) {

    public Envelope {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** Reads envelopes of other producers too, where {@code errors_count} and {@code errors} are optional. */
    @JsonCreator
    static Envelope fromJson(
            @JsonProperty("event_name") String name,
            @JsonProperty("event_uuid") UUID uuid,
            @JsonProperty("event_creation_time") Instant creationTime,
            @JsonProperty("event_sender_id") String senderId,
            @JsonProperty("data") JsonNode data,
            @JsonProperty("errors_count") @Nullable Integer errorsCount,
            @JsonProperty("errors") @Nullable List<EnvelopeError> errors) {
        var history = errors == null ? List.<EnvelopeError>of() : errors;
        return new Envelope(
                name, uuid, creationTime, senderId, data, errorsCount == null ? history.size() : errorsCount, history);
    }

    public static Envelope create(String name, String senderId, JsonNode data) {
        return new Envelope(
                name, timeOrderedUuid(), Instant.now().truncatedTo(ChronoUnit.MILLIS), senderId, data, 0, List.of());
    }

    /**
     * A version 7 UUID: milliseconds first, so ids sort by creation and index well (inbox, outbox, log),
     * then 74 random bits. Uniqueness is what an event id needs, not unpredictability, so no SecureRandom.
     */
    static UUID timeOrderedUuid() {
        var random = ThreadLocalRandom.current();
        long most = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    /** The same message with one more entry in its error history. */
    public Envelope withError(EnvelopeError error) {
        var history = new ArrayList<>(errors);
        history.add(error);
        return new Envelope(name, uuid, creationTime, senderId, data, errorsCount + 1, history);
    }
}
