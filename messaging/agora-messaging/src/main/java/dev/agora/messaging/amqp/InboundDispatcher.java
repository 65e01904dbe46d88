package dev.agora.messaging.amqp;

import com.rabbitmq.client.Channel;
import dev.agora.messaging.Envelope;
import dev.agora.messaging.MessageContext;
import dev.agora.messaging.MessagingException;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

/**
 * Consumes the work queue: reads the delivery's headers through {@link Headers}, reads and validates the envelope,
 * binds and validates each matching handler's data, runs the handlers once, answers requests, routes failures,
 * and acknowledges only after all of that is done. Whatever breaks on the way, the failure path included, parks
 * the delivery with the reason; only when the broker cannot take the parked copy is the delivery given back, and
 * the work queue's delivery limit ends even that.
 */
final class InboundDispatcher implements ChannelAwareMessageListener {

    private static final Logger log = LoggerFactory.getLogger(InboundDispatcher.class);

    private final Topology topology;
    private final HandlerRegistry handlers;
    private final SoaWireFormat wire;
    private final ValidatingEventData eventData;
    private final FailureRouter failures;
    private final FailureClassifier classifier;
    private final Replies replies;
    private final MessagingMetrics metrics;
    private final BatchedAcks acks;
    private final OnceInTransaction once;
    private final int maxAttempts;

    InboundDispatcher(
            Topology topology,
            HandlerRegistry handlers,
            SoaWireFormat wire,
            ValidatingEventData eventData,
            FailureRouter failures,
            FailureClassifier classifier,
            Replies replies,
            MessagingMetrics metrics,
            BatchedAcks acks,
            OnceInTransaction once,
            int maxAttempts) {
        this.topology = topology;
        this.handlers = handlers;
        this.wire = wire;
        this.eventData = eventData;
        this.failures = failures;
        this.classifier = classifier;
        this.replies = replies;
        this.metrics = metrics;
        this.acks = acks;
        this.once = once;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public void onMessage(Message message, Channel channel) {
        long deliveryTag = message.getMessageProperties().getDeliveryTag();
        try {
            dispatch(message);
        } catch (MessagingException brokerRefused) {
            log.error("could not route the failure of a delivery to the broker; giving it back", brokerRefused);
            acks.giveBack(channel, deliveryTag);
            return;
        } catch (RuntimeException | StackOverflowError unforeseen) {
            // a defect or an input no check foresaw, in the failure path too: parked, never sent round again
            var reason = "could not be handled: " + FailureClassifier.describe(unforeseen);
            if (!failures.parkUnforeseen(message, reason, unforeseen)) {
                acks.giveBack(channel, deliveryTag);
                return;
            }
        }
        acks.done(channel, deliveryTag);
    }

    private void dispatch(Message message) {
        var properties = message.getMessageProperties();
        var routingKey = properties.getReceivedRoutingKey();
        metrics.consumed(routingKey);
        var inbound = Headers.read(properties, maxAttempts);
        int attempt = wire.attempt(properties.getHeaders(), maxAttempts);
        var refusal = wire.refusal(inbound, properties);
        if (refusal != null) {
            failures.park(message, null, refusal, attempt);
            return;
        }
        Envelope envelope;
        try {
            envelope = wire.decode(properties, message.getBody());
        } catch (InvalidMessageException invalid) {
            failures.park(message, null, invalid.getMessage(), attempt);
            return;
        }
        if (!envelope.name().equals(routingKey)) {
            failures.park(
                    message, envelope, "event_name '" + envelope.name() + "' differs from the routing key", attempt);
            return;
        }
        var incoming = inbound.trace();
        var conversation = Conversation.of(inbound.conversationHeader(), inbound.correlationId(), envelope.uuid());
        var context = new MessageContext(
                envelope,
                routingKey,
                attempt,
                conversation,
                incoming == null ? null : incoming.toString(),
                properties.getHeaders());
        boolean request = routingKey.startsWith(topology.requestPrefix());
        var matching = request ? requestHandler(routingKey) : handlers.eventHandlersFor(routingKey);
        if (matching.isEmpty()) {
            failures.park(message, envelope, "no handler for routing key " + routingKey, attempt);
            return;
        }
        var invocations = new ArrayList<HandlerMethod.Invocation>(matching.size());
        try {
            for (var handler : matching) invocations.add(handler.bind(context, eventData));
        } catch (InvalidMessageException invalid) {
            failures.park(message, envelope, invalid.getMessage(), attempt);
            if (request) replies.fail(properties, actionOf(routingKey), invalid.getMessage());
            return;
        }
        var trace = incoming == null ? TraceParent.newTrace() : incoming.child();
        // what the handlers publish (the outbox rows written before their transaction commits included) and the
        // reply join the conversation of the message
        Conversation.within(conversation, () -> handle(message, context, invocations, request, trace));
    }

    private void handle(
            Message message,
            MessageContext context,
            List<HandlerMethod.Invocation> invocations,
            boolean request,
            TraceParent trace) {
        var properties = message.getMessageProperties();
        var routingKey = context.routingKey();
        var envelope = context.envelope();
        var sample = Timer.start();
        try (var scope = trace.open()) {
            var result = once.run(envelope.uuid(), invocations);
            if (result == OnceInTransaction.DUPLICATE) {
                metrics.duplicate(routingKey);
                log.debug("{} {} already processed; redelivery dropped", routingKey, envelope.uuid());
            } else if (request) {
                replies.answer(properties, actionOf(routingKey), result);
            }
        } catch (Throwable failure) {
            routeFailure(message, context, request, failure);
        } finally {
            sample.stop(metrics.handlerTimer(routingKey));
        }
    }

    /**
     * Retries or parks a failed message. Should that itself break (a defect, an input nothing foresaw), the message
     * is parked with what broke; only a broker that takes nothing makes it go back to the queue.
     */
    private void routeFailure(Message message, MessageContext context, boolean request, Throwable failure) {
        try {
            var reason = FailureClassifier.describe(failure);
            switch (classifier.classify(failure)) {
                case SOFT -> failures.softFail(message, context.envelope(), context.attempt(), reason);
                case HARD -> {
                    failures.park(message, context.envelope(), reason, context.attempt());
                    if (request) replies.fail(message.getMessageProperties(), actionOf(context.routingKey()), reason);
                }
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

    private List<HandlerMethod> requestHandler(String routingKey) {
        var handler = handlers.requestHandler(actionOf(routingKey));
        return handler == null ? List.of() : List.of(handler);
    }

    private String actionOf(String routingKey) {
        return routingKey.substring(topology.requestPrefix().length());
    }
}
