package dev.agora.logger.contracts;

import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A log entry in full. The body is JSON when it parses as JSON, else a string: the text, or the bytes in
 * base64 as {@code bodyFormat} tells.
 */
public record LogEntryDetails(
        long id,
        Instant receivedAt,
        String exchange,
        String routingKey,
        @Nullable String messageId,
        @Nullable String messageType,
        @Nullable Instant messageTimestamp,
        @Nullable String eventUuid,
        @Nullable String eventName,
        @Nullable String sender,
        @Nullable String correlationId,
        @Nullable String replyTo,
        @Nullable Integer errorsCount,
        JsonNode headers,
        BodyFormat bodyFormat,
        JsonNode body) {

    public enum BodyFormat {
        JSON,
        TEXT,
        BASE64
    }

    /** The envelope's error history, oldest first; empty when the body is no envelope. */
    public List<JsonNode> errors() {
        var errors = body.path("errors");
        return errors.isArray()
                ? StreamSupport.stream(errors.spliterator(), false).toList()
                : List.of();
    }

    /** The body as a reader sees it: JSON pretty-printed, text or base64 as it is. */
    public String bodyText() {
        return body.isString() ? body.asString() : body.toPrettyString();
    }
}
