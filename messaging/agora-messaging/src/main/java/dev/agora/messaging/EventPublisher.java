package dev.agora.messaging;

import java.util.concurrent.CompletableFuture;

/**
 * Publishes an event now, without the outbox: for events that follow no state change of this service.
 * Events that record a state change go through {@code ApplicationEventPublisher} and the outbox instead.
 *
 * <p>The future completes when the broker has confirmed the message; it fails with a
 * {@link MessagingException} when the broker refuses it. An event that no queue receives is counted and
 * logged, not failed: a subscriber may not exist yet.
 */
public interface EventPublisher {

    CompletableFuture<Void> publish(Object event);

    CompletableFuture<Void> publish(String eventName, Object data);
}
