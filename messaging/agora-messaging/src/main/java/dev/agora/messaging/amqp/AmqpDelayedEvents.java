package dev.agora.messaging.amqp;

import dev.agora.messaging.DelayedEvents;
import dev.agora.messaging.Envelope;
import dev.agora.messaging.MessagingException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Schedules an event back to this service through {@code S_delayed_in_x} under {@code <name>.<delay>}: its
 * storage queue is declared first, then the message goes through the outbox in a transaction, or is
 * published with a confirm without one.
 */
final class AmqpDelayedEvents implements DelayedEvents {

    private final Topology topology;
    private final TopologyDeclarer declarer;
    private final HandlerRegistry handlers;
    private final EnvelopeCodec codec;
    private final ConfirmingPublisher publisher;
    private final @Nullable OutboxWriter outbox;

    AmqpDelayedEvents(
            Topology topology,
            TopologyDeclarer declarer,
            HandlerRegistry handlers,
            EnvelopeCodec codec,
            ConfirmingPublisher publisher,
            @Nullable OutboxWriter outbox) {
        this.topology = topology;
        this.declarer = declarer;
        this.handlers = handlers;
        this.codec = codec;
        this.publisher = publisher;
        this.outbox = outbox;
    }

    @Override
    public void schedule(Object event, Duration delay) {
        var name = EventNames.of(event.getClass());
        if (handlers.eventHandlersFor(name).isEmpty()) {
            throw new IllegalStateException("no handler for " + name + " in " + topology.service()
                    + ": a scheduled event comes back only to the service that scheduled it");
        }
        declarer.declareDeferred(name, delay);
        var envelope = Envelope.create(name, topology.service(), codec.toTree(event));
        var key = Topology.deferredKey(name, delay);
        if (outbox != null && TransactionSynchronizationManager.isActualTransactionActive()) {
            outbox.add(topology.delayedIn(), key, envelope, event);
            return;
        }
        var message = MessageFactory.stored(
                topology.delayedIn(),
                key,
                name,
                topology.service(),
                envelope.uuid().toString(),
                Conversation.forOutgoing(envelope.uuid(), event),
                TraceParent.forOutgoing().toString(),
                envelope.creationTime(),
                codec.encode(envelope));
        if (publisher.publishAndWait(message, "the scheduled " + name) == PublishOutcome.UNROUTED) {
            throw new MessagingException("no storage queue took the scheduled " + name);
        }
    }
}
