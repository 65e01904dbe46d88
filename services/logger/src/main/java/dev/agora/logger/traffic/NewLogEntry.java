package dev.agora.logger.traffic;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of {@code logged_message} about to be inserted, every text already storable. */
record NewLogEntry(
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
        String headersJson,
        StoredBody body) {}
