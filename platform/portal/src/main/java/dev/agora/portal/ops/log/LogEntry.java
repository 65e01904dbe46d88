package dev.agora.portal.ops.log;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A logged message as the logger lists it. */
record LogEntry(
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
