package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.DelayedEvents;
import dev.agora.messaging.EventHandler;
import dev.agora.messaging.MessageContext;
import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.messaging.test.IsolatedSchema;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

/** A scheduled event comes back to its own service after the delay, and only if its transaction commits. */
class DelayedEventsIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    @RegisterExtension
    static final IsolatedSchema schema = new IsolatedSchema();

    static final Received received = new Received();

    private static RunningService orders;

    @BeforeAll
    static void startService() {
        orders = RunningService.start(Orders.class, "orders", broker, schema, Map.of());
    }

    @AfterAll
    static void stopService() {
        orders.close();
    }

    @Test
    void aScheduledEventComesBackAfterItsDelay() {
        long scheduledAt = System.nanoTime();

        orders.bean(DelayedEvents.class).schedule(new PaymentDue("o-1"), Duration.ofMillis(700));

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered("o-1"));
        var delivery = received.all().stream()
                .filter(d ->
                        d.context().envelope().data().get("orderId").asString().equals("o-1"))
                .findFirst()
                .orElseThrow();
        assertThat(Duration.ofNanos(delivery.nanoTime() - scheduledAt)).isGreaterThanOrEqualTo(Duration.ofMillis(650));
        assertThat(delivery.context().routingKey()).isEqualTo("payment.due");
        assertThat(queueExists("orders_payment-due-700ms_deferred_q")).isTrue();
    }

    @Test
    void anEventScheduledInACommittedTransactionLeavesThroughTheOutbox() {
        orders.bean(TransactionTemplate.class)
                .executeWithoutResult(status ->
                        orders.bean(DelayedEvents.class).schedule(new PaymentDue("o-2"), Duration.ofMillis(300)));

        await().atMost(Duration.ofSeconds(30)).until(() -> delivered("o-2"));
        assertThat(schema.jdbc()
                        .queryForObject(
                                "SELECT count(*) FROM agora_outbox WHERE event_name = 'payment.due'", Integer.class))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void anEventScheduledInARolledBackTransactionNeverComes() {
        orders.bean(TransactionTemplate.class).executeWithoutResult(status -> {
            orders.bean(DelayedEvents.class).schedule(new PaymentDue("o-3"), Duration.ofMillis(300));
            status.setRollbackOnly();
        });

        orders.bean(TransactionTemplate.class)
                .executeWithoutResult(status ->
                        orders.bean(DelayedEvents.class).schedule(new PaymentDue("o-4"), Duration.ofMillis(300)));

        // the same delay, scheduled after: once it is back, so would the rolled back one be
        await().atMost(Duration.ofSeconds(30)).until(() -> delivered("o-4"));
        assertThat(delivered("o-3")).isFalse();
        assertThat(schema.jdbc()
                        .queryForObject(
                                "SELECT count(*) FROM agora_outbox WHERE convert_from(body, 'UTF8') LIKE '%o-3%'",
                                Integer.class))
                .isZero();
    }

    @Test
    void schedulingAnEventThisServiceDoesNotHandleIsRefused() {
        assertThatThrownBy(() -> orders.bean(DelayedEvents.class).schedule(new Unhandled(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no handler for unhandled in orders");
    }

    private static boolean delivered(String orderId) {
        return received.all().stream()
                .anyMatch(d ->
                        d.context().envelope().data().get("orderId").asString().equals(orderId));
    }

    private static boolean queueExists(String name) {
        return broker.management().queues(broker.vhost()).stream()
                .anyMatch(q -> q.get("name").asString().equals(name));
    }

    record PaymentDue(String orderId) {}

    record Unhandled(int n) {}

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Orders {
        @Bean
        Timers timers() {
            return new Timers();
        }
    }

    static class Timers {
        @EventHandler("payment.due")
        void on(MessageContext context) {
            received.add("orders", context);
        }
    }
}
