package dev.agora.logger.traffic;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A log entry in full. The body is JSON when it parses as JSON, else a string: the text, or the bytes in
 * base64 as {@code bodyFormat} tells.
 */
record LogEntryDetails(
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

    enum BodyFormat {
        JSON,
        TEXT,
        BASE64
    }
}
