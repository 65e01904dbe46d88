package dev.agora.messaging.amqp;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Processed message ids, written in the handler's transaction: a redelivered message finds its id and
 * has no second effect. Keyed by service too, so services sharing a schema keep separate inboxes.
 */
final class Inbox {

    private final JdbcClient jdbc;
    private final String service;

    Inbox(JdbcClient jdbc, String service) {
        this.jdbc = jdbc;
        this.service = service;
    }

    /** Must run inside the handler's transaction; false if the message was already processed. */
    boolean firstDelivery(String messageId) {
        return jdbc.sql("INSERT INTO agora_inbox (service, message_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(service, messageId)
                        .update()
                == 1;
    }

    int forgetOlderThan(Duration retention) {
        return jdbc.sql("DELETE FROM agora_inbox WHERE service = ? AND processed_at < now() - make_interval(secs => ?)")
                .params(service, retention.toSeconds())
                .update();
    }
}
