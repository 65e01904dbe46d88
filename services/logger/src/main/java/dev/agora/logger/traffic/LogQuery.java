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

    /** What {@code timestamptz} keeps comfortably: PostgreSQL refuses years past 294276, Java reads far more. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /** No AMQP routing key is longer (a short string of at most 255 bytes), so no pattern need be. */
    static final int MAX_ROUTING_KEY_LENGTH = 255;

    LogQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        checkWithinTheDatabasesRange("from", from);
        checkWithinTheDatabasesRange("to", to);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidParameterException("to", "must be after 'from'");
        }
        eventUuid = emptyToNull(eventUuid);
        sender = emptyToNull(sender);
        correlationId = emptyToNull(correlationId);
    }

    private static void checkWithinTheDatabasesRange(String parameter, @Nullable Instant instant) {
        if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
            throw new InvalidParameterException(parameter, "must be between " + EARLIEST + " and " + LATEST);
        }
    }

    static LogQuery of(
            @Nullable String eventUuid,
            @Nullable String routingKey,
            @Nullable String sender,
            @Nullable String correlationId,
            @Nullable Instant from,
            @Nullable Instant to,
            int limit) {
        if (routingKey != null && routingKey.length() > MAX_ROUTING_KEY_LENGTH) {
            throw new InvalidParameterException(
                    "routingKey", "must be at most " + MAX_ROUTING_KEY_LENGTH + " characters, as any AMQP routing key");
        }
        var pattern = emptyToNull(routingKey) == null ? null : new TopicPattern(routingKey);
        return new LogQuery(eventUuid, pattern, sender, correlationId, from, to, limit);
    }

    /** HTML forms send empty fields for filters left blank. */
    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
