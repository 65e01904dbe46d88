package dev.agora.messaging.amqp;

import dev.agora.messaging.EventPublisher;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes events straight to the event exchange with a confirm; see {@link EventPublisher}. */
final class AmqpEventPublisher implements EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(AmqpEventPublisher.class);

    private final ConfirmingPublisher publisher;
    private final MessageFactory messages;

    AmqpEventPublisher(ConfirmingPublisher publisher, MessageFactory messages) {
        this.publisher = publisher;
        this.messages = messages;
    }

    @Override
    public CompletableFuture<Void> publish(Object event) {
        return publish(EventNames.of(event.getClass()), event);
    }

    @Override
    public CompletableFuture<Void> publish(String eventName, Object data) {
        var message = messages.event(Topology.requireWords(eventName, "event name"), data, TraceParent.forOutgoing());
        return publisher.publish(message).thenAccept(outcome -> {
            if (outcome == PublishOutcome.UNROUTED) {
                log.info(
                        "event {} {} reached no queue: nobody subscribes to it yet",
                        eventName,
                        message.properties().getMessageId());
            }
        });
    }
}
