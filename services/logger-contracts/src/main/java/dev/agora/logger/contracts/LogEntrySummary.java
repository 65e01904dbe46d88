package dev.agora.logger.contracts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A log entry as listed: who sent what where, without headers and body. */
public record LogEntrySummary(
        long id,
        Instant receivedAt,
        String exchange,
        String routingKey,
        @Nullable String messageId,
        @Nullable String eventUuid,
        @Nullable String eventName,
        @Nullable String sender,
        @Nullable String correlationId,
        @Nullable Integer errorsCount) {}
