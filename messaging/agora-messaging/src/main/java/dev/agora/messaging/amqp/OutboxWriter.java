package dev.agora.messaging.amqp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Adds a message built by {@link MessageFactory} to the outbox in the caller's transaction, with what the relay
 * needs to send it as it was built (its correlation id and trace context included), and wakes the relay once it
 * commits, so committed messages leave without waiting for the next poll.
 */
final class OutboxWriter {

    private final JdbcClient jdbc;
    private final Topology topology;
    private final OutboxRelay relay;

    OutboxWriter(JdbcClient jdbc, Topology topology, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.topology = topology;
        this.relay = relay;
    }

    /** Must run inside the caller's transaction ({@link EventSender} decides). */
    void add(OutboundMessage message) {
        var properties = message.properties();
        jdbc.sql("""
                        INSERT INTO agora_outbox
                            (sender, exchange, routing_key, event_name, message_id, correlation_id, traceparent, body)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        topology.service(),
                        message.exchange(),
                        message.routingKey(),
                        properties.getType(),
                        properties.getMessageId(),
                        properties.getCorrelationId(),
                        Headers.token(
                                MessageFactory.headersOf(properties).get(Headers.TRACEPARENT), TraceParent.LENGTH),
                        message.body())
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
