package dev.agora.messaging.amqp;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EventPublisher;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes events straight to the event exchange with a confirm; see {@link EventPublisher}. */
final class AmqpEventPublisher implements EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(AmqpEventPublisher.class);

    private final ConfirmingPublisher publisher;
    private final MessageFactory messages;
    private final EnvelopeCodec codec;
    private final String sender;

    AmqpEventPublisher(ConfirmingPublisher publisher, MessageFactory messages, EnvelopeCodec codec, String sender) {
        this.publisher = publisher;
        this.messages = messages;
        this.codec = codec;
        this.sender = sender;
    }

    @Override
    public CompletableFuture<Void> publish(Object event) {
        return publish(EventNames.of(event.getClass()), event);
    }

    @Override
    public CompletableFuture<Void> publish(String eventName, Object data) {
        var envelope = Envelope.create(Topology.requireWords(eventName, "event name"), sender, codec.toTree(data));
        return publisher
                .publish(messages.event(envelope, TraceParent.forOutgoing()))
                .thenAccept(outcome -> {
                    if (outcome == PublishOutcome.UNROUTED) {
                        log.info(
                                "event {} {} reached no queue: nobody subscribes to it yet",
                                eventName,
                                envelope.uuid());
                    }
                });
    }
}
