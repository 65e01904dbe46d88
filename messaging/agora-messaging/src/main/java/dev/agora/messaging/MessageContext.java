package dev.agora.messaging;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a handler may want to know about the message it handles besides its data.
 *
 * @param attempt 1 for the first delivery, incremented by each soft failure
 */
public record MessageContext(
        Envelope envelope,
        String routingKey,
        int attempt,
        @Nullable String correlationId,
        @Nullable String traceparent,
        Map<String, Object> headers) {}
