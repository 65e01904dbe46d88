package dev.agora.messaging.amqp;

import dev.agora.messaging.PartOfConversation;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The correlation id shared by every message of one conversation: an event published outside any handler starts
 * one with its own event_uuid, and whatever a handler publishes while handling a message (events, requests,
 * replies, through the outbox or not) belongs to the handled message's conversation. So a saga's events, sent by
 * different services, can be found together in the log.
 *
 * <p>Events carry it as their AMQP {@code correlation_id}. Requests and replies carry it in the
 * {@value Headers#CONVERSATION} header instead: their {@code correlation_id} pairs a reply with the request it answers and
 * must stay unique per request.
 */
final class Conversation {

    /** The longest id a conversation may have: the width of {@code agora_outbox.correlation_id}. */
    static final int MAX_LENGTH = 100;

    // A ScopedValue, not a ThreadLocal: bound exactly while a handler runs, whichever (virtual) thread runs it.
    private static final ScopedValue<String> CURRENT = ScopedValue.newInstance();

    private Conversation() {}

    /**
     * The conversation of an inbound message: its {@value Headers#CONVERSATION} header, else its correlation id, else (a
     * message that starts one) its own event_uuid.
     */
    static String of(@Nullable String header, @Nullable String correlationId, UUID eventUuid) {
        if (header != null && !header.isBlank()) return header;
        if (correlationId != null && !correlationId.isBlank()) return correlationId;
        return eventUuid.toString();
    }

    /** Runs {@code work} as part of that conversation: what it publishes carries the conversation's id. */
    static void within(String id, Runnable work) {
        ScopedValue.where(CURRENT, id).run(work);
    }

    /** The correlation id of a message published now: the current conversation's, or its own event_uuid. */
    static String forOutgoing(UUID eventUuid) {
        return forOutgoing(eventUuid, null);
    }

    /**
     * As {@link #forOutgoing(UUID)}, but outside a conversation an event that names its own ({@link
     * PartOfConversation}) joins that one.
     */
    static String forOutgoing(UUID eventUuid, @Nullable Object event) {
        if (CURRENT.isBound()) return CURRENT.get();
        if (event instanceof PartOfConversation named && !named.conversationId().isBlank()) {
            return named.conversationId();
        }
        return eventUuid.toString();
    }
}
