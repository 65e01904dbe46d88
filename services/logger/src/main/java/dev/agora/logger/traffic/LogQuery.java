package dev.agora.logger.traffic;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which log entries to list, newest first; absent or empty filters match everything.
 *
 * @param from inclusive
 * @param to exclusive
 */
record LogQuery(
        @Nullable String eventUuid,
        @Nullable TopicPattern routingKey,
        @Nullable String sender,
        @Nullable String correlationId,
        @Nullable Instant from,
        @Nullable Instant to,
        int limit) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    LogQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidParameterException("to", "must be after 'from'");
        }
        eventUuid = emptyToNull(eventUuid);
        sender = emptyToNull(sender);
        correlationId = emptyToNull(correlationId);
    }

    static LogQuery of(
            @Nullable String eventUuid,
            @Nullable String routingKey,
            @Nullable String sender,
            @Nullable String correlationId,
            @Nullable Instant from,
            @Nullable Instant to,
            int limit) {
        var pattern = emptyToNull(routingKey) == null ? null : new TopicPattern(routingKey);
        return new LogQuery(eventUuid, pattern, sender, correlationId, from, to, limit);
    }

    /** HTML forms send empty fields for filters left blank. */
    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
