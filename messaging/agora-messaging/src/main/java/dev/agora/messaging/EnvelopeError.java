package dev.agora.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of an envelope's error history: who failed the message, how and when. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnvelopeError(
        @JsonProperty("error_type") ErrorType type,
        @JsonProperty("error_sender") String sender,
        @JsonProperty("error_code") @Nullable String code,
        @JsonProperty("error_uuid") UUID uuid,
        @JsonProperty("error_message") String message,
        @JsonProperty("timestamp") Instant timestamp) {

    public static EnvelopeError of(ErrorType type, String sender, @Nullable String code, String message) {
        return new EnvelopeError(type, sender, code, UUID.randomUUID(), message, Instant.now());
    }
}
