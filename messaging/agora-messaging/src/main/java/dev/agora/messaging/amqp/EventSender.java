package dev.agora.messaging.amqp;

import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place that decides how an event leaves, whichever way it was published ({@code EventPublisher},
 * Spring's {@code ApplicationEventPublisher}, {@code DelayedEvents}): inside a transaction of a service that has
 * the outbox, as an outbox row in that transaction, relayed once it commits, so the event exists exactly when the
 * state change it reports was committed; otherwise straight to the broker with a confirm.
 */
record EventSender(ConfirmingPublisher publisher, @Nullable OutboxWriter outbox) {

    private static final Logger log = LoggerFactory.getLogger(EventSender.class);

    /** Completes once the row is written or the broker confirmed; an event nobody receives is logged. */
    CompletableFuture<PublishOutcome> send(OutboundMessage message) {
        if (inOutboxTransaction()) {
            outbox.add(message);
            return CompletableFuture.completedFuture(PublishOutcome.STORED);
        }
        return publisher.publish(message).thenApply(outcome -> logUnrouted(message, outcome));
    }

    /** As {@link #send}, waiting for the confirm; fails with a {@code MessagingException} when there is none. */
    PublishOutcome sendAndWait(OutboundMessage message, String what) {
        if (inOutboxTransaction()) {
            outbox.add(message);
            return PublishOutcome.STORED;
        }
        return logUnrouted(message, publisher.publishAndWait(message, what));
    }

    private boolean inOutboxTransaction() {
        return outbox != null && TransactionSynchronizationManager.isActualTransactionActive();
    }

    private static PublishOutcome logUnrouted(OutboundMessage message, PublishOutcome outcome) {
        if (outcome == PublishOutcome.UNROUTED) {
            log.info(
                    "event {} {} reached no queue: nobody subscribes to it yet",
                    message.routingKey(),
                    message.properties().getMessageId());
        }
        return outcome;
    }
}
