package dev.agora.messaging.amqp;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EnvelopeError;
import dev.agora.messaging.ErrorType;
import dev.agora.messaging.MessagingException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a failed delivery goes. A soft failure waits in the deferred queue of its routing key and delay
 * level, then comes back to the work queue; a hard failure, an invalid message or the last attempt goes to
 * the parking queue with its error history. Both also pass through the log. The original delivery is
 * acknowledged only after the broker confirmed the new copy, so a failure is never lost.
 */
final class FailureRouter {

    private static final Logger log = LoggerFactory.getLogger(FailureRouter.class);

    private final ConfirmingPublisher publisher;
    private final MessageFactory messages;
    private final TopologyDeclarer declarer;
    private final Topology topology;
    private final SoaWireFormat wire;
    private final MessagingMetrics metrics;
    private final List<Duration> delays;
    private final int maxAttempts;

    FailureRouter(
            ConfirmingPublisher publisher,
            MessageFactory messages,
            TopologyDeclarer declarer,
            Topology topology,
            SoaWireFormat wire,
            MessagingMetrics metrics,
            MessagingProperties.Retry retry) {
        this.publisher = publisher;
        this.messages = messages;
        this.declarer = declarer;
        this.topology = topology;
        this.wire = wire;
        this.metrics = metrics;
        this.delays = List.copyOf(retry.delays());
        this.maxAttempts = retry.maxAttempts();
        if (delays.isEmpty() || maxAttempts < 1) {
            throw new IllegalArgumentException("agora.messaging.retry needs at least one delay and one attempt");
        }
    }

    /** Schedules another attempt, or parks the message when this was the last one. */
    void softFail(InboundMessage message, String reason) {
        var envelope = Objects.requireNonNull(message.envelope(), "only a dispatched message soft-fails");
        var routingKey = message.routingKey();
        int attempt = message.attempt();
        var failed = envelope.withError(EnvelopeError.of(ErrorType.SOFTERROR, topology.service(), "softfail", reason));
        if (attempt >= maxAttempts) {
            park(message, failed, "attempts exhausted after " + attempt + ": " + reason);
            return;
        }
        var delay = delays.get(Math.clamp(attempt - 1, 0, delays.size() - 1));
        var retry = messages.retry(
                message.copyProperties(), routingKey, delay, attempt + 1, wire.bodyAfterFailure(message, failed));
        declarer.declareDeferred(routingKey, delay);
        if (await(retry) == PublishOutcome.UNROUTED) {
            declarer.forgetDeferred(routingKey, delay);
            declarer.declareDeferred(routingKey, delay);
            if (await(retry) == PublishOutcome.UNROUTED) {
                park(message, failed, "no deferred queue for " + routingKey + " after a soft failure: " + reason);
                return;
            }
        }
        metrics.softFailed(routingKey);
        log.info(
                "{} {} soft-failed (attempt {}), retry in {}: {}", routingKey, envelope.uuid(), attempt, delay, reason);
    }

    /**
     * Parks a message: the envelope with a hard error appended when it could be read, the raw body when
     * not. Headers say why, when and from where, for the console and for replay.
     */
    void park(InboundMessage message, @Nullable Envelope envelope, String reason) {
        park(message, envelope, reason, message.attempt(), true);
    }

    /** Parks what the log listener could not take, as it came; not to the log, where it would come back in a loop. */
    void parkFromLog(InboundMessage message, String reason) {
        park(message, null, reason, 1, false);
    }

    private void park(
            InboundMessage message, @Nullable Envelope envelope, String reason, int attempts, boolean alsoToLog) {
        var routingKey = message.routingKey();
        var body = envelope == null
                ? message.body()
                : wire.bodyAfterFailure(
                        message,
                        envelope.withError(
                                EnvelopeError.of(ErrorType.HARDERROR, topology.service(), "hardfail", reason)));
        var parked = messages.parked(
                message.copyProperties(), message.receivedExchange(), routingKey, reason, attempts, body);
        var forLog = alsoToLog ? messages.parkedForLog(parked) : null;
        if (forLog != null) publisher.publish(forLog);
        if (await(parked) == PublishOutcome.UNROUTED) {
            throw new MessagingException("parking queue " + topology.parkedQueue() + " is missing");
        }
        metrics.parked(routingKey);
        log.warn("{} parked in {}: {}", routingKey, topology.parkedQueue(), reason);
    }

    /**
     * Parks a delivery as it came, with the reason, when its handling or failure routing broke in a way no step
     * foresaw (a defect, an input nothing checks for).
     *
     * @return false when even that is impossible: the caller gives the delivery back
     */
    boolean parkUnforeseen(InboundMessage message, String reason, Throwable failure) {
        log.error("{}: parking it", reason, failure);
        try {
            park(message, null, reason, message.attempt(), true);
            return true;
        } catch (RuntimeException parkingFailed) {
            log.error("could not park the delivery either", parkingFailed);
            return false;
        }
    }

    private PublishOutcome await(OutboundMessage message) {
        return publisher.publishAndWait(message, "the failed message");
    }
}
