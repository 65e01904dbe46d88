package dev.agora.messaging.amqp;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.IntegrationEvent;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes every {@link IntegrationEvent} published with Spring's {@code ApplicationEventPublisher} to the
 * outbox, in the publishing transaction: the event exists exactly when the state change it reports was
 * committed. After the commit the relay is woken to send it at once.
 */
final class OutboxEventListener {

    private final JdbcClient jdbc;
    private final EnvelopeCodec codec;
    private final Topology topology;
    private final OutboxRelay relay;

    OutboxEventListener(JdbcClient jdbc, EnvelopeCodec codec, Topology topology, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.topology = topology;
        this.relay = relay;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void write(PayloadApplicationEvent<?> event) {
        var payload = event.getPayload();
        if (!isIntegrationEvent(payload)) return;
        var name = EventNames.of(payload.getClass());
        var envelope = Envelope.create(name, topology.service(), codec.toTree(payload));
        jdbc.sql("""
                        INSERT INTO agora_outbox (sender, exchange, routing_key, message_id, traceparent, body)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        topology.service(),
                        topology.eventExchange(),
                        name,
                        envelope.uuid().toString(),
                        TraceParent.forOutgoing().toString(),
                        codec.encode(envelope))
                .update();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void wakeRelay(PayloadApplicationEvent<?> event) {
        if (isIntegrationEvent(event.getPayload())) relay.wakeUp();
    }

    private static boolean isIntegrationEvent(Object payload) {
        return payload.getClass().isAnnotationPresent(IntegrationEvent.class);
    }
}
