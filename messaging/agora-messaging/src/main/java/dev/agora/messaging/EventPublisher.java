package dev.agora.messaging;

import java.util.concurrent.CompletableFuture;

/**
 * Publishes an event. Like an {@link IntegrationEvent} published with Spring's {@code ApplicationEventPublisher},
 * it goes through the outbox when published inside a transaction of a service with a database (the future
 * completes once the row is written, and the event leaves only if the transaction commits), and straight to the
 * broker otherwise.
 *
 * <p>Sent straight, the future completes when the broker has confirmed the message; it fails with a
 * {@link MessagingException} when the broker refuses it. An event that no queue receives is counted and
 * logged, not failed: a subscriber may not exist yet.
 */
public interface EventPublisher {

    CompletableFuture<Void> publish(Object event);

    CompletableFuture<Void> publish(String eventName, Object data);
}
