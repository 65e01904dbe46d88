package dev.agora.messaging.amqp;

import dev.agora.messaging.Envelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Adds a message to the outbox in the caller's transaction, with the correlation id of the conversation it is
 * written in (the handled message's, when a handler writes it), and wakes the relay once it commits (at once
 * when there is no transaction), so committed messages leave without waiting for the next poll.
 */
final class OutboxWriter {

    private final JdbcClient jdbc;
    private final EnvelopeCodec codec;
    private final Topology topology;
    private final OutboxRelay relay;

    OutboxWriter(JdbcClient jdbc, EnvelopeCodec codec, Topology topology, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.topology = topology;
        this.relay = relay;
    }

    /** @param event the event as published, which may name its conversation ({@link Conversation}) */
    void add(String exchange, String routingKey, Envelope envelope, Object event) {
        jdbc.sql("""
                        INSERT INTO agora_outbox
                            (sender, exchange, routing_key, event_name, message_id, correlation_id, traceparent, body)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        topology.service(),
                        exchange,
                        routingKey,
                        envelope.name(),
                        envelope.uuid().toString(),
                        Conversation.forOutgoing(envelope.uuid(), event),
                        TraceParent.forOutgoing().toString(),
                        codec.encode(envelope))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        } else {
            relay.wakeUp();
        }
    }
}
