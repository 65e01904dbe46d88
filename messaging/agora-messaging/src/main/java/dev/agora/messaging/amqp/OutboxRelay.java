package dev.agora.messaging.amqp;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: rows committed by this process at once (woken after commit), rows left behind by a
 * crash or a broker outage on the next poll. Rows are locked with SKIP LOCKED so instances share the work,
 * published together with many confirms in flight, and marked sent only once confirmed: a nack, a timeout
 * or a crash before the confirm leaves the row to be sent again.
 */
final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ConfirmingPublisher publisher;
    private final String service;
    private final MessagingProperties properties;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    OutboxRelay(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ConfirmingPublisher publisher,
            String service,
            MessagingProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.publisher = publisher;
        this.service = service;
        this.properties = properties;
    }

    void wakeUp() {
        wakeUps.release();
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofVirtual().name("agora-outbox-relay").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the listeners (which may still write events) and before the publisher closes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void loop() {
        var settings = properties.outbox();
        while (running) {
            try {
                wakeUps.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                while (running && relayBatch(settings.batchSize()) == settings.batchSize()) {
                    // a full batch: more rows are waiting
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("outbox relay round failed; rows stay for the next one: {}", e.toString());
            }
        }
    }

    /** @return how many rows the batch held */
    int relayBatch(int batchSize) {
        var sent = transactions.execute(status -> {
            // A plan cached while the table was new scans all of it, sent rows included, on every batch (measured:
            // millions of rows read in minutes); planned afresh, the partial index of unsent rows is used.
            jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
            var rows = jdbc.sql("""
                            SELECT id, exchange, routing_key, event_name, message_id, correlation_id, traceparent,
                                   created_at, body
                            FROM agora_outbox WHERE sender = ? AND sent_at IS NULL
                            ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")
                    .params(service, batchSize)
                    .query((rs, n) -> new OutboxRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getTimestamp(8),
                            rs.getBytes(9)))
                    .list();
            var confirmations =
                    rows.stream().map(row -> publisher.publish(message(row))).toList();
            var confirmed = new ArrayList<Long>();
            for (int i = 0; i < rows.size(); i++) {
                if (confirmedOrLogged(rows.get(i), confirmations.get(i)))
                    confirmed.add(rows.get(i).id());
            }
            if (!confirmed.isEmpty()) {
                jdbc.sql("UPDATE agora_outbox SET sent_at = now() WHERE id = ANY(?)")
                        .param(confirmed.toArray(Long[]::new))
                        .update();
            }
            return rows.size();
        });
        return sent == null ? 0 : sent;
    }

    private boolean confirmedOrLogged(OutboxRow row, CompletableFuture<PublishOutcome> confirmation) {
        try {
            if (confirmation.join() == PublishOutcome.UNROUTED) {
                log.info(
                        "event {} {} reached no queue: nobody subscribes to it yet", row.routingKey(), row.messageId());
            }
            return true;
        } catch (RuntimeException e) {
            log.warn(
                    "event {} {} not confirmed, will be sent again: {}",
                    row.routingKey(),
                    row.messageId(),
                    e.getMessage());
            return false;
        }
    }

    private OutboundMessage message(OutboxRow row) {
        return MessageFactory.stored(
                row.exchange(),
                row.routingKey(),
                row.eventName(),
                service,
                row.messageId(),
                // a row written before the outbox had this column: it starts a conversation, as outside a handler
                row.correlationId() == null ? row.messageId() : row.correlationId(),
                row.traceparent(),
                row.createdAt().toInstant(),
                row.body());
    }

    private record OutboxRow(
            long id,
            String exchange,
            String routingKey,
            String eventName,
            String messageId,
            @Nullable String correlationId,
            String traceparent,
            Timestamp createdAt,
            byte[] body) {}
}
