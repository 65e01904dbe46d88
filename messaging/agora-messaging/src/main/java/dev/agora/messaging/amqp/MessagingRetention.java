package dev.agora.messaging.amqp;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes what the outbox and the inbox need no more, at start and then every minute: outbox rows sent longer ago
 * than {@code agora.messaging.outbox.retention}, inbox ids older than {@code agora.messaging.inbox.retention} (a
 * redelivery after that is no longer recognised as one).
 */
final class MessagingRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MessagingRetention.class);
    private static final long PERIOD_SECONDS = 60;

    private final JdbcClient jdbc;
    private final Inbox inbox;
    private final MessagingProperties properties;
    private ScheduledExecutorService schedule;

    MessagingRetention(JdbcClient jdbc, Inbox inbox, MessagingProperties properties) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.properties = properties;
    }

    @Override
    public void start() {
        schedule = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("agora-retention").daemon().factory());
        schedule.scheduleWithFixedDelay(this::cleanUpGuarded, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        schedule.shutdownNow();
        schedule = null;
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }

    /** @return how many outbox rows and inbox ids were deleted */
    int cleanUp() {
        int rows = jdbc.sql("DELETE FROM agora_outbox WHERE sender = ? AND sent_at < ?")
                .params(
                        properties.service(),
                        Timestamp.from(Instant.now().minus(properties.outbox().retention())))
                .update();
        int ids = inbox.forgetOlderThan(properties.inbox().retention());
        if (rows + ids > 0) log.debug("cleaned up {} sent outbox rows and {} inbox ids", rows, ids);
        return rows + ids;
    }

    private void cleanUpGuarded() {
        try {
            cleanUp();
        } catch (RuntimeException e) {
            log.warn("outbox and inbox clean-up failed; tried again in {} s: {}", PERIOD_SECONDS, e.toString());
        }
    }
}
