package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.EventHandler;
import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.MessageContext;
import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.messaging.test.IsolatedSchema;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events recorded with a state change leave through the outbox: exactly when the transaction commits,
 * and even when the process dies between the commit and the publish, or the broker refuses a message.
 */
class OutboxIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    @RegisterExtension
    static final IsolatedSchema schema = new IsolatedSchema();

    static final Received received = new Received();
    private static final Map<String, Object> FAST_POLL = Map.of("agora.messaging.outbox.poll-interval", "200ms");

    private static RunningService audit;

    @BeforeAll
    static void startAudit() {
        schema.jdbc().execute("CREATE TABLE orders (id varchar(64) PRIMARY KEY)");
        audit = RunningService.start(Audit.class, "audit", broker);
    }

    @AfterAll
    static void stopAudit() {
        audit.close();
    }

    @Test
    void anEventRecordedInACommittedTransactionIsPublishedAndMarkedSent() {
        try (var orders = startOrders()) {
            var id = orders.bean(OrderDesk.class).place();

            await().atMost(Duration.ofSeconds(30)).until(() -> receivedOrder(id));
            await().atMost(Duration.ofSeconds(30)).until(() -> unsentRows(id) == 0);
        }
    }

    @Test
    void anEventRecordedInARolledBackTransactionIsNeverPublished() {
        try (var orders = startOrders()) {
            var desk = orders.bean(OrderDesk.class);
            var id = UUID.randomUUID().toString();

            assertThatThrownBy(() -> desk.placeThenFail(id)).hasMessageContaining("payment declined");

            assertThat(outboxRows(id)).isZero();
            var later = desk.place();
            // relayed in the order written: once a later event is out, so would the rolled back one be
            await().atMost(Duration.ofSeconds(30)).until(() -> receivedOrder(later));
            assertThat(receivedOrder(id)).isFalse();
        }
    }

    @Test
    void anEventCommittedJustBeforeACrashIsPublishedByTheNextInstance() {
        String id;
        try (var orders = startOrders()) {
            orders.bean(OutboxRelay.class).stop(); // the process dies after the commit, before the relay ran
            id = orders.bean(OrderDesk.class).place();
        }
        assertThat(unsentRows(id)).isEqualTo(1);
        assertThat(receivedOrder(id)).isFalse();

        try (var restarted = startOrders()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> receivedOrder(id));
            await().atMost(Duration.ofSeconds(30)).until(() -> unsentRows(id) == 0);
        }
    }

    @Test
    void anEventTheBrokerRefusesStaysInTheOutboxUntilTheBrokerTakesIt() {
        try (var orders = startOrders()) {
            var admin = orders.bean(RabbitAdmin.class);
            admin.declareQueue(QueueBuilder.durable("full_q")
                    .maxLength(0)
                    .overflow(QueueBuilder.Overflow.rejectPublish)
                    .build());
            admin.declareBinding(new Binding(
                    "full_q", Binding.DestinationType.QUEUE, "agoram_event_exchange", "order.placed", Map.of()));

            var id = orders.bean(OrderDesk.class).place();

            var metrics = orders.bean(MeterRegistry.class);
            // the relay has tried and the broker said no: the row must still be there to try again
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> metrics.find("agora.messages.nacked").counter() != null);
            assertThat(unsentRows(id)).isEqualTo(1);
            admin.deleteQueue("full_q");
            await().atMost(Duration.ofSeconds(30)).until(() -> unsentRows(id) == 0);
            assertThat(receivedOrder(id)).isTrue();
        }
    }

    @Test
    void sentRowsOlderThanTheRetentionAreCleanedUp() {
        startOrders().close(); // creates the outbox table
        schema.jdbc().update("""
                INSERT INTO agora_outbox (sender, exchange, routing_key, event_name, message_id, body, created_at, sent_at)
                VALUES ('orders', 'agoram_event_exchange', 'order.archived', 'order.archived', 'old-sent', convert_to('{}', 'UTF8'),
                        now() - interval '3 days', now() - interval '2 days')""");

        try (var orders = startOrders()) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> schema.jdbc()
                                    .queryForObject(
                                            "SELECT count(*) FROM agora_outbox WHERE message_id = 'old-sent'",
                                            Integer.class)
                            == 0);
        }
    }

    @Test
    void aRowLeftByAVersionWithoutCorrelationIdsGetsTheColumnAndStartsAConversationOfItsOwn() {
        startOrders().close(); // creates the outbox table
        schema.jdbc().execute("ALTER TABLE agora_outbox DROP COLUMN correlation_id");
        var orderId = UUID.randomUUID().toString();
        var messageId = UUID.randomUUID().toString();
        var envelope = """
                {"event_name": "order.placed", "event_uuid": "%s", "event_creation_time": "2026-11-23T09:00:00.123Z",
                 "event_sender_id": "orders", "data": {"orderId": "%s"}, "errors_count": 0, "errors": []}""".formatted(messageId, orderId);
        schema.jdbc().update("""
                INSERT INTO agora_outbox (sender, exchange, routing_key, event_name, message_id, body)
                VALUES ('orders', 'agoram_event_exchange', 'order.placed', 'order.placed', ?, convert_to(?, 'UTF8'))""", messageId, envelope);

        var admin = audit.bean(RabbitAdmin.class);
        admin.declareQueue(QueueBuilder.nonDurable("wire_q").build());
        admin.declareBinding(new Binding(
                "wire_q", Binding.DestinationType.QUEUE, "agoram_event_exchange", "order.placed", Map.of()));
        try (var orders = startOrders()) {
            var sent = audit.bean(RabbitTemplate.class).receive("wire_q", 30_000);

            assertThat(sent).isNotNull();
            assertThat(sent.getMessageProperties().getMessageId()).isEqualTo(messageId);
            assertThat(sent.getMessageProperties().getCorrelationId()).isEqualTo(messageId);
        } finally {
            admin.deleteQueue("wire_q");
        }
    }

    private static RunningService startOrders() {
        return RunningService.start(Orders.class, "orders", broker, schema, FAST_POLL);
    }

    private static boolean receivedOrder(String id) {
        return received.all().stream()
                .anyMatch(d ->
                        d.context().envelope().data().get("orderId").asString().equals(id));
    }

    private static int unsentRows(String id) {
        return schema.jdbc()
                .queryForObject(
                        "SELECT count(*) FROM agora_outbox WHERE sent_at IS NULL AND convert_from(body, 'UTF8') LIKE ?",
                        Integer.class,
                        "%" + id + "%");
    }

    private static int outboxRows(String id) {
        return schema.jdbc()
                .queryForObject(
                        "SELECT count(*) FROM agora_outbox WHERE convert_from(body, 'UTF8') LIKE ?",
                        Integer.class,
                        "%" + id + "%");
    }

    @IntegrationEvent
    record OrderPlaced(String orderId) {}

    static class OrderDesk {
        private final JdbcClient jdbc;
        private final ApplicationEventPublisher events;

        OrderDesk(JdbcClient jdbc, ApplicationEventPublisher events) {
            this.jdbc = jdbc;
            this.events = events;
        }

        @Transactional
        public String place() {
            var id = UUID.randomUUID().toString();
            jdbc.sql("INSERT INTO orders (id) VALUES (?)").param(id).update();
            events.publishEvent(new OrderPlaced(id));
            return id;
        }

        @Transactional
        public void placeThenFail(String id) {
            jdbc.sql("INSERT INTO orders (id) VALUES (?)").param(id).update();
            events.publishEvent(new OrderPlaced(id));
            throw new IllegalStateException("payment declined");
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Orders {
        @Bean
        OrderDesk orderDesk(JdbcClient jdbc, ApplicationEventPublisher events) {
            return new OrderDesk(jdbc, events);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Audit {
        @Bean
        AuditHandlers auditHandlers() {
            return new AuditHandlers();
        }
    }

    static class AuditHandlers {
        @EventHandler("order.placed")
        void on(MessageContext context) {
            received.add("audit", context);
        }
    }
}
