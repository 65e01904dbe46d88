package dev.agora.messaging.amqp;

import dev.agora.messaging.MessagingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last step of the inbound pipeline: what the broker gets for a delivery, from its {@link InboundMessage} and
 * how its dispatch ended. A handled request is answered; a soft failure is retried; a hard failure is parked, and a
 * request gets an error reply; a delivery that could not be dispatched is parked with the reason.
 */
record OutcomeRouter(FailureRouter failures, FailureClassifier classifier, Replies replies, MessagingMetrics metrics) {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRouter.class);

    /** Handled once (a request's result is answered) or, for a redelivery the inbox has seen, dropped. */
    void handled(InboundMessage message, @Nullable Object result) {
        if (result == OnceInTransaction.DUPLICATE) {
            metrics.duplicate(message.routingKey());
            log.debug(
                    "{} {} already processed; redelivery dropped",
                    message.routingKey(),
                    message.properties().getMessageId());
        } else if (message.isRequest()) {
            replies.answer(message, result);
        }
    }

    /** Not dispatched: unreadable, misrouted or without a handler. */
    void undeliverable(InboundMessage message, String reason) {
        failures.park(message, message.envelope(), reason);
    }

    /** A hard failure, or data that does not fit the handler: parked, and a request told why. */
    void hardFailed(InboundMessage message, String reason) {
        failures.park(message, message.envelope(), reason);
        if (message.isRequest()) replies.fail(message, reason);
    }

    /**
     * Retries or parks a message whose handler failed. Should that itself break (a defect, an input nothing
     * foresaw), the message is parked with what broke; only a broker that takes nothing makes it go back to the
     * queue.
     */
    void failed(InboundMessage message, Throwable failure) {
        try {
            var reason = FailureClassifier.describe(failure);
            switch (classifier.classify(failure)) {
                case SOFT -> failures.softFail(message, reason);
                case HARD -> hardFailed(message, reason);
            }
        } catch (MessagingException brokerRefused) {
            throw brokerRefused;
        } catch (RuntimeException | StackOverflowError failurePathFailed) {
            var reason = "routing the failure (" + failure.getClass().getName() + ") failed with "
                    + FailureClassifier.describe(failurePathFailed);
            if (!failures.parkUnforeseen(message, reason, failurePathFailed)) {
                throw new MessagingException("the failed message could not be parked", failurePathFailed);
            }
        }
    }
}
