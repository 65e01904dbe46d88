package dev.agora.messaging.amqp;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.IntegrationEvent;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes every {@link IntegrationEvent} published with Spring's {@code ApplicationEventPublisher} to the
 * outbox, in the publishing transaction: the event exists exactly when the state change it reports was
 * committed.
 */
final class OutboxEventListener {

    private final OutboxWriter outbox;
    private final EnvelopeCodec codec;
    private final Topology topology;

    OutboxEventListener(OutboxWriter outbox, EnvelopeCodec codec, Topology topology) {
        this.outbox = outbox;
        this.codec = codec;
        this.topology = topology;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void write(PayloadApplicationEvent<?> event) {
        var payload = event.getPayload();
        if (!payload.getClass().isAnnotationPresent(IntegrationEvent.class)) return;
        var name = EventNames.of(payload.getClass());
        outbox.add(
                topology.eventExchange(),
                name,
                Envelope.create(name, topology.service(), codec.toTree(payload)),
                payload);
    }
}
