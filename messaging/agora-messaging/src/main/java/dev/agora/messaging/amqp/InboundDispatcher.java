package dev.agora.messaging.amqp;

import com.rabbitmq.client.Channel;
import dev.agora.messaging.Envelope;
import dev.agora.messaging.MessageContext;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consumes the work queue: reads and validates the envelope, runs the matching handlers once (inbox) in
 * one transaction, answers requests, routes failures, and acknowledges only after all of that is done.
 * When even the failure cannot be routed (the broker is going away) the delivery is given back.
 */
final class InboundDispatcher implements ChannelAwareMessageListener {

    private static final Logger log = LoggerFactory.getLogger(InboundDispatcher.class);
    private static final Object DUPLICATE = new Object();

    private final Topology topology;
    private final HandlerRegistry handlers;
    private final EnvelopeCodec codec;
    private final FailureRouter failures;
    private final FailureClassifier classifier;
    private final Replies replies;
    private final MessagingMetrics metrics;
    private final BatchedAcks acks;
    private final @Nullable TransactionTemplate transactions;
    private final @Nullable Inbox inbox;

    InboundDispatcher(
            Topology topology,
            HandlerRegistry handlers,
            EnvelopeCodec codec,
            FailureRouter failures,
            FailureClassifier classifier,
            Replies replies,
            MessagingMetrics metrics,
            BatchedAcks acks,
            @Nullable TransactionTemplate transactions,
            @Nullable Inbox inbox) {
        this.topology = topology;
        this.handlers = handlers;
        this.codec = codec;
        this.failures = failures;
        this.classifier = classifier;
        this.replies = replies;
        this.metrics = metrics;
        this.acks = acks;
        this.transactions = transactions;
        this.inbox = inbox;
    }

    @Override
    public void onMessage(Message message, Channel channel) {
        long deliveryTag = message.getMessageProperties().getDeliveryTag();
        try {
            dispatch(message);
        } catch (RuntimeException unroutable) {
            log.error("could not handle nor route the failure of a delivery; giving it back", unroutable);
            settle(() -> channel.basicNack(deliveryTag, false, true));
            return;
        }
        acks.done(channel, deliveryTag);
    }

    /** A channel that closed under a delivery cannot settle it; the broker delivers it again, the inbox dedups. */
    private static void settle(Settlement settlement) {
        try {
            settlement.run();
        } catch (IOException | RuntimeException channelGone) {
            log.info(
                    "delivery not settled, its channel closed; the broker delivers it again: {}",
                    channelGone.toString());
        }
    }

    @FunctionalInterface
    private interface Settlement {
        void run() throws IOException;
    }

    private void dispatch(Message message) {
        var properties = message.getMessageProperties();
        var routingKey = properties.getReceivedRoutingKey();
        metrics.consumed(routingKey);
        int attempt = Headers.attempt(properties.getHeaders());
        Envelope envelope;
        try {
            envelope = codec.decode(message.getBody());
        } catch (InvalidMessageException invalid) {
            failures.park(message, null, invalid.getMessage(), attempt);
            return;
        }
        if (!envelope.name().equals(routingKey)) {
            failures.park(
                    message, envelope, "event_name '" + envelope.name() + "' differs from the routing key", attempt);
            return;
        }
        var incoming = TraceParent.parse(properties.getHeaders().get(TraceParent.HEADER));
        var trace = incoming == null ? TraceParent.newTrace() : incoming.child();
        var conversation = Conversation.of(
                properties.getHeaders().get(Conversation.HEADER), properties.getCorrelationId(), envelope.uuid());
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
        // what the handlers publish (the outbox rows written before their transaction commits included) and the
        // reply join the conversation of the message
        Conversation.within(conversation, () -> handle(message, context, matching, request, trace));
    }

    private void handle(
            Message message, MessageContext context, List<HandlerMethod> matching, boolean request, TraceParent trace) {
        var properties = message.getMessageProperties();
        var routingKey = context.routingKey();
        var envelope = context.envelope();
        int attempt = context.attempt();
        var sample = Timer.start();
        try (var scope = trace.open()) {
            var result = runOnce(envelope, matching, context);
            if (result == DUPLICATE) {
                metrics.duplicate(routingKey);
                log.debug("{} {} already processed; redelivery dropped", routingKey, envelope.uuid());
            } else if (request) {
                replies.answer(properties, actionOf(routingKey), result);
            }
        } catch (Throwable failure) {
            var reason = FailureClassifier.describe(failure);
            switch (classifier.classify(failure)) {
                case SOFT -> failures.softFail(message, envelope, attempt, reason);
                case HARD -> {
                    failures.park(message, envelope, reason, attempt);
                    if (request) replies.fail(properties, actionOf(routingKey), reason);
                }
            }
        } finally {
            sample.stop(metrics.handlerTimer(routingKey));
        }
    }

    private @Nullable Object runOnce(Envelope envelope, List<HandlerMethod> matching, MessageContext context) {
        if (transactions == null) return invokeAll(matching, context);
        return transactions.execute(status -> {
            if (inbox != null && !inbox.firstDelivery(envelope.uuid().toString())) return DUPLICATE;
            return invokeAll(matching, context);
        });
    }

    private @Nullable Object invokeAll(List<HandlerMethod> matching, MessageContext context) {
        Object result = null;
        for (var handler : matching) {
            result = handler.invoke(context, codec);
        }
        return result;
    }

    private List<HandlerMethod> requestHandler(String routingKey) {
        var handler = handlers.requestHandler(actionOf(routingKey));
        return handler == null ? List.of() : List.of(handler);
    }

    private String actionOf(String routingKey) {
        return routingKey.substring(topology.requestPrefix().length());
    }
}
