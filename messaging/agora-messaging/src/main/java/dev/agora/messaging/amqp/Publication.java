package dev.agora.messaging.amqp;

import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** One message on its way to a confirm; it survives reconnections until confirmed or timed out. */
final class Publication {

    final long id;
    final OutboundMessage message;
    final long deadlineNanos;
    final CompletableFuture<PublishOutcome> result = new CompletableFuture<>();
    volatile @Nullable String returnedBecause;
    int sendAttempts;

    Publication(long id, OutboundMessage message, long deadlineNanos) {
        this.id = id;
        this.message = message;
        this.deadlineNanos = deadlineNanos;
    }

    OutboundMessage message() {
        return message;
    }

    boolean expired(long nowNanos) {
        return nowNanos - deadlineNanos > 0;
    }
}
