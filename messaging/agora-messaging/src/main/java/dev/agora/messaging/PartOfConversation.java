package dev.agora.messaging;

/**
 * An event that names the conversation it belongs to, such as an order's id for everything about that order. It
 * counts where no conversation is going on: an event published from an HTTP request or a scheduler joins the named
 * conversation instead of starting one under its own uuid, so a saga that starts with a synchronous call (or goes
 * on after one) is still found under one correlation id. Inside a handler, the handled message's conversation
 * goes on, whatever the event says.
 */
public interface PartOfConversation {

    String conversationId();
}
