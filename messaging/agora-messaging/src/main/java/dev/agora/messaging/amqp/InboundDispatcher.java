package dev.agora.messaging.amqp;

import com.rabbitmq.client.Channel;
import dev.agora.messaging.MessageContext;
import dev.agora.messaging.MessagingException;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

/**
 * Consumes the work queue, one direction for each delivery: decode it once ({@link InboundDecoder}), dispatch it
 * (bind and validate each matching handler's data, run the handlers once), route the outcome ({@link
 * OutcomeRouter}), and acknowledge only after all of that is done. Whatever breaks on the way, the failure path
 * included, parks the delivery with the reason; only when the broker cannot take the parked copy is the delivery
 * given back, and the work queue's delivery limit ends even that.
 */
final class InboundDispatcher implements ChannelAwareMessageListener {

    private static final Logger log = LoggerFactory.getLogger(InboundDispatcher.class);

    private final InboundDecoder decoder;
    private final HandlerRegistry handlers;
    private final ValidatingEventData eventData;
    private final OutcomeRouter outcomes;
    private final FailureRouter failures;
    private final MessagingMetrics metrics;
    private final BatchedAcks acks;
    private final OnceInTransaction once;

    InboundDispatcher(
            InboundDecoder decoder,
            HandlerRegistry handlers,
            ValidatingEventData eventData,
            OutcomeRouter outcomes,
            FailureRouter failures,
            MessagingMetrics metrics,
            BatchedAcks acks,
            OnceInTransaction once) {
        this.decoder = decoder;
        this.handlers = handlers;
        this.eventData = eventData;
        this.outcomes = outcomes;
        this.failures = failures;
        this.metrics = metrics;
        this.acks = acks;
        this.once = once;
    }

    @Override
    public void onMessage(Message message, Channel channel) {
        long deliveryTag = message.getMessageProperties().getDeliveryTag();
        InboundMessage inbound = null;
        try {
            metrics.consumed(message.getMessageProperties().getReceivedRoutingKey());
            inbound = decoder.decode(message);
            dispatch(inbound);
        } catch (MessagingException brokerRefused) {
            log.error("could not route the failure of a delivery to the broker; giving it back", brokerRefused);
            acks.giveBack(channel, deliveryTag);
            return;
        } catch (RuntimeException | StackOverflowError unforeseen) {
            // a defect or an input no check foresaw, in the failure path too: parked, never sent round again
            var reason = "could not be handled: " + FailureClassifier.describe(unforeseen);
            var asRead = inbound != null ? inbound : decoder.undecoded(message);
            if (!failures.parkUnforeseen(asRead, reason, unforeseen)) {
                acks.giveBack(channel, deliveryTag);
                return;
            }
        }
        acks.done(channel, deliveryTag);
    }

    private void dispatch(InboundMessage inbound) {
        if (inbound.problem() != null) {
            outcomes.undeliverable(inbound, inbound.problem());
            return;
        }
        var matching = matchingHandlers(inbound);
        if (matching.isEmpty()) {
            outcomes.undeliverable(inbound, "no handler for routing key " + inbound.routingKey());
            return;
        }
        var context = inbound.context();
        var invocations = new ArrayList<HandlerMethod.Invocation>(matching.size());
        try {
            for (var handler : matching) invocations.add(handler.bind(context, eventData));
        } catch (InvalidMessageException invalid) {
            outcomes.hardFailed(inbound, invalid.getMessage());
            return;
        }
        var incoming = inbound.trace();
        var trace = incoming == null ? TraceParent.newTrace() : incoming.child();
        // what the handlers publish (the outbox rows written in their transaction included) and the reply join the
        // conversation of the message
        Conversation.within(context.correlationId(), () -> handle(inbound, context, invocations, trace));
    }

    private void handle(
            InboundMessage inbound,
            MessageContext context,
            List<HandlerMethod.Invocation> invocations,
            TraceParent trace) {
        var sample = Timer.start();
        try (var scope = trace.open()) {
            @Nullable Object result = once.run(context.envelope().uuid(), invocations);
            outcomes.handled(inbound, result);
        } catch (Throwable failure) {
            outcomes.failed(inbound, failure);
        } finally {
            sample.stop(metrics.handlerTimer(inbound.routingKey()));
        }
    }

    private List<HandlerMethod> matchingHandlers(InboundMessage inbound) {
        if (!inbound.isRequest()) return handlers.eventHandlersFor(inbound.routingKey());
        var handler = handlers.requestHandler(inbound.action());
        return handler == null ? List.of() : List.of(handler);
    }
}
