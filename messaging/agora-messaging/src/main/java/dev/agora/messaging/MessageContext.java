package dev.agora.messaging;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a handler may want to know about the message it handles besides its data.
 *
 * @param attempt 1 for the first delivery, incremented by each soft failure; a header out of range or unreadable
 *     (the publisher chooses it) is clamped from 1 to {@code agora.messaging.retry.max-attempts}
 * @param headers as delivered, unchecked
 * @param correlationId the conversation this message belongs to, which everything the handler publishes joins: the
 *     message's correlation id, or its own event_uuid when it starts a conversation (for a request, the
 *     conversation named in its {@value LoggedMessage#CONVERSATION_HEADER} header, not the correlation id that
 *     pairs its reply with it)
 */
public record MessageContext(
        Envelope envelope,
        String routingKey,
        int attempt,
        String correlationId,
        @Nullable String traceparent,
        Map<String, Object> headers) {}
