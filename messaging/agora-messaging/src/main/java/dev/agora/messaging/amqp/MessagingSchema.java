package dev.agora.messaging.amqp;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the outbox and inbox tables in the service's schema. The layer owns them, like Spring Modulith
 * owns its event publication table; an advisory lock keeps instances starting together from racing.
 *
 * <p>Every statement runs at every start, in order, and must do nothing the second time. Schemas made by an older
 * version already ran the earlier ones: a change is a new statement at the end (a column added with
 * {@code ADD COLUMN IF NOT EXISTS}), never an edit of one above.
 */
final class MessagingSchema implements InitializingBean {

    private static final String[] STATEMENTS = {
        """
        CREATE TABLE IF NOT EXISTS agora_outbox (
            id bigserial PRIMARY KEY,
            sender varchar(100) NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            sent_at timestamptz,
            exchange varchar(255) NOT NULL,
            routing_key varchar(255) NOT NULL,
            event_name varchar(255) NOT NULL,
            message_id varchar(100) NOT NULL,
            traceparent varchar(64),
            body bytea NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS agora_outbox_unsent ON agora_outbox (sender, id) WHERE sent_at IS NULL",
        "CREATE INDEX IF NOT EXISTS agora_outbox_sent_at ON agora_outbox (sent_at)",
        """
        CREATE TABLE IF NOT EXISTS agora_inbox (
            service varchar(100) NOT NULL,
            message_id varchar(100) NOT NULL,
            processed_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (service, message_id))""",
        "CREATE INDEX IF NOT EXISTS agora_inbox_processed_at ON agora_inbox (processed_at)",
        // the conversation an event belongs to; rows of older versions have none
        "ALTER TABLE agora_outbox ADD COLUMN IF NOT EXISTS correlation_id varchar(" + Conversation.MAX_LENGTH + ")"
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    MessagingSchema(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void afterPropertiesSet() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('agora_messaging_schema'))")
                    .query()
                    .singleRow();
            for (var statement : STATEMENTS) {
                jdbc.sql(statement).update();
            }
        });
    }
}
