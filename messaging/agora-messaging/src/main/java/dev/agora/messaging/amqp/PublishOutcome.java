package dev.agora.messaging.amqp;

/** A confirmed publication either reached at least one queue or was returned as unroutable. */
enum PublishOutcome {
    ROUTED,
    UNROUTED
}
