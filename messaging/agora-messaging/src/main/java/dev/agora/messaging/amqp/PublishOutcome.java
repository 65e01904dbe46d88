package dev.agora.messaging.amqp;

/**
 * What became of a message sent: a confirmed publication either reached at least one queue or was returned as
 * unroutable; a message sent inside a transaction was stored in the outbox, for the relay once it commits.
 */
enum PublishOutcome {
    ROUTED,
    UNROUTED,
    STORED
}
