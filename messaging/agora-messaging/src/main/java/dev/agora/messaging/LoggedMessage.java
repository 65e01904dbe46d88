package dev.agora.messaging;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One message seen on the log exchange, as delivered: routing, properties, headers and raw body. */
public record LoggedMessage(
        Instant receivedAt,
        String exchange,
        String routingKey,
        @Nullable String messageId,
        @Nullable String type,
        @Nullable String appId,
        @Nullable String correlationId,
        @Nullable String replyTo,
        @Nullable Instant timestamp,
        Map<String, Object> headers,
        byte[] body) {}
