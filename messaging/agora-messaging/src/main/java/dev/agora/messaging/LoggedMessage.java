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
        byte[] body) {

    /**
     * The header in which requests and replies carry the correlation id of their conversation: their own
     * {@code correlation_id} pairs a reply with its request.
     */
    public static final String CONVERSATION_HEADER = "x-agora-conversation";

    /**
     * The correlation id of the conversation this message belongs to, shared by the events, requests and replies
     * that one message led to: the {@value #CONVERSATION_HEADER} header of a request or reply, the
     * {@code correlation_id} of any other message.
     */
    public @Nullable String conversationId() {
        var header = headers.get(CONVERSATION_HEADER);
        return header == null ? correlationId : header.toString();
    }
}
