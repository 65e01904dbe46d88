package dev.agora.messaging.amqp;

import dev.agora.messaging.DelayedEvents;
import dev.agora.messaging.MessagingException;
import java.time.Duration;

/**
 * Schedules an event back to this service through {@code S_delayed_in_x} under {@code <name>.<delay>}: its
 * storage queue is declared first, then the message leaves the way {@link EventSender} decides.
 */
final class AmqpDelayedEvents implements DelayedEvents {

    private final Topology topology;
    private final TopologyDeclarer declarer;
    private final HandlerRegistry handlers;
    private final MessageFactory messages;
    private final EventSender sender;

    AmqpDelayedEvents(
            Topology topology,
            TopologyDeclarer declarer,
            HandlerRegistry handlers,
            MessageFactory messages,
            EventSender sender) {
        this.topology = topology;
        this.declarer = declarer;
        this.handlers = handlers;
        this.messages = messages;
        this.sender = sender;
    }

    @Override
    public void schedule(Object event, Duration delay) {
        var name = EventNames.of(event.getClass());
        if (handlers.eventHandlersFor(name).isEmpty()) {
            throw new IllegalStateException("no handler for " + name + " in " + topology.service()
                    + ": a scheduled event comes back only to the service that scheduled it");
        }
        declarer.declareDeferred(name, delay);
        var message = messages.delayedEvent(name, delay, event);
        if (sender.sendAndWait(message, "the scheduled " + name) == PublishOutcome.UNROUTED) {
            throw new MessagingException("no storage queue took the scheduled " + name);
        }
    }
}
