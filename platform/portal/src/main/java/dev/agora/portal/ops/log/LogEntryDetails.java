package dev.agora.portal.ops.log;

import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A logged message in full: properties, headers and body (JSON when it parsed as JSON). */
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
        String bodyFormat,
        JsonNode body) {

    /** The envelope's error history, oldest first; empty when the body is no envelope. */
    public List<JsonNode> errors() {
        var errors = body.path("errors");
        return errors.isArray()
                ? StreamSupport.stream(errors.spliterator(), false).toList()
                : List.of();
    }

    public String bodyText() {
        return body.isString() ? body.asString() : body.toPrettyString();
    }
}
