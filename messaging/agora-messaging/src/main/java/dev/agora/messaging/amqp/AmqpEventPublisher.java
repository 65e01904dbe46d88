package dev.agora.messaging.amqp;

import dev.agora.messaging.EventPublisher;
import java.util.concurrent.CompletableFuture;

/** Publishes events to the event exchange the way {@link EventSender} decides; see {@link EventPublisher}. */
final class AmqpEventPublisher implements EventPublisher {

    private final MessageFactory messages;
    private final EventSender sender;

    AmqpEventPublisher(MessageFactory messages, EventSender sender) {
        this.messages = messages;
        this.sender = sender;
    }

    @Override
    public CompletableFuture<Void> publish(Object event) {
        return publish(EventNames.of(event.getClass()), event);
    }

    @Override
    public CompletableFuture<Void> publish(String eventName, Object data) {
        var message = messages.event(Topology.requireWords(eventName, "event name"), data);
        return sender.send(message).thenAccept(outcome -> {});
    }
}
