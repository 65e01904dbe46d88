package dev.agora.messaging.amqp;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EnvelopeError;
import dev.agora.messaging.ErrorType;
import dev.agora.messaging.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.support.DefaultMessagePropertiesConverter;

/**
 * Where a failed delivery goes. A soft failure waits in the deferred queue of its routing key and delay
 * level, then comes back to the work queue; a hard failure, an invalid message or the last attempt goes to
 * the parking queue with its error history. Both also pass through the log. The original delivery is
 * acknowledged only after the broker confirmed the new copy, so a failure is never lost.
 */
final class FailureRouter {

    private static final Logger log = LoggerFactory.getLogger(FailureRouter.class);

    private final ConfirmingPublisher publisher;
    private final TopologyDeclarer declarer;
    private final Topology topology;
    private final SoaWireFormat wire;
    private final MessagingMetrics metrics;
    private final List<Duration> delays;
    private final int maxAttempts;
    private final DefaultMessagePropertiesConverter converter = new DefaultMessagePropertiesConverter();

    FailureRouter(
            ConfirmingPublisher publisher,
            TopologyDeclarer declarer,
            Topology topology,
            SoaWireFormat wire,
            MessagingMetrics metrics,
            MessagingProperties.Retry retry) {
        this.publisher = publisher;
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
    void softFail(Message message, Envelope envelope, int attempt, String reason) {
        var routingKey = message.getMessageProperties().getReceivedRoutingKey();
        var failed = envelope.withError(EnvelopeError.of(ErrorType.SOFTERROR, topology.service(), "softfail", reason));
        if (attempt >= maxAttempts) {
            park(message, failed, "attempts exhausted after " + attempt + ": " + reason, attempt);
            return;
        }
        var delay = delays.get(Math.clamp(attempt - 1, 0, delays.size() - 1));
        var headers = headersOf(message);
        headers.put(Headers.ATTEMPT, attempt + 1);
        var retry = MessageFactory.forward(
                topology.delayedIn(),
                Topology.deferredKey(routingKey, delay),
                amqpProperties(message),
                headers,
                wire.bodyAfterFailure(message.getMessageProperties(), message.getBody(), failed),
                routingKey);
        declarer.declareDeferred(routingKey, delay);
        if (await(retry) == PublishOutcome.UNROUTED) {
            declarer.forgetDeferred(routingKey, delay);
            declarer.declareDeferred(routingKey, delay);
            if (await(retry) == PublishOutcome.UNROUTED) {
                park(
                        message,
                        failed,
                        "no deferred queue for " + routingKey + " after a soft failure: " + reason,
                        attempt);
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
    void park(Message message, @Nullable Envelope envelope, String reason, int attempts) {
        park(message, envelope, reason, attempts, true);
    }

    /** @param alsoToLog false for what came from the log itself, which would otherwise come back in a loop */
    void park(Message message, @Nullable Envelope envelope, String reason, int attempts, boolean alsoToLog) {
        var routingKey = message.getMessageProperties().getReceivedRoutingKey();
        var body = envelope == null
                ? message.getBody()
                : wire.bodyAfterFailure(
                        message.getMessageProperties(),
                        message.getBody(),
                        envelope.withError(
                                EnvelopeError.of(ErrorType.HARDERROR, topology.service(), "hardfail", reason)));
        var headers = headersOf(message);
        headers.put(Headers.PARKED_ID, UUID.randomUUID().toString());
        headers.put(Headers.PARKED_REASON, reason);
        headers.put(Headers.PARKED_AT, Instant.now().toString());
        headers.put(Headers.ORIGINAL_ROUTING_KEY, routingKey);
        headers.put(Headers.ORIGINAL_EXCHANGE, message.getMessageProperties().getReceivedExchange());
        headers.put(Headers.ATTEMPT, attempts);
        var parked =
                MessageFactory.forward("", topology.parkedQueue(), amqpProperties(message), headers, body, routingKey);
        var logKey = routingKey + ".parked";
        if (alsoToLog && Topology.fitsName(logKey)) {
            publisher.publish(MessageFactory.forward(
                    topology.logExchange(), logKey, amqpProperties(message), headers, body, routingKey));
        }
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
    boolean parkUnforeseen(Message message, String reason, Throwable failure) {
        log.error("{}: parking it", reason, failure);
        try {
            park(
                    message,
                    null,
                    reason,
                    wire.attempt(message.getMessageProperties().getHeaders(), maxAttempts));
            return true;
        } catch (RuntimeException parkingFailed) {
            log.error("could not park the delivery either", parkingFailed);
            return false;
        }
    }

    /** The delivery's headers for a copy of it, without what the queue set on this delivery. */
    private Map<String, Object> headersOf(Message message) {
        var headers = MessageFactory.headersOf(amqpProperties(message));
        headers.remove(Headers.DELIVERY_COUNT);
        return headers;
    }

    private com.rabbitmq.client.AMQP.BasicProperties amqpProperties(Message message) {
        return converter.fromMessageProperties(message.getMessageProperties(), "utf-8");
    }

    private PublishOutcome await(OutboundMessage message) {
        return publisher.publishAndWait(message, "the failed message");
    }
}
