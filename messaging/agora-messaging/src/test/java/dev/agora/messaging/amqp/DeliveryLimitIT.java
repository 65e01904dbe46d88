package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.EventHandler;
import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.MessageContext;
import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.test.IsolatedBroker;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The broker's last line of defence: a message whose handling kills the consumer before it can acknowledge, so
 * that no code of the service ever sees a failure to route, comes back at most {@code delivery-limit} times; then
 * the work queue dead-letters it to the parking queue, where it is listed with the broker's reason and replays.
 */
class DeliveryLimitIT {

    private static final int DELIVERY_LIMIT = 1;

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    static final AtomicInteger poisonDeliveries = new AtomicInteger();
    static final AtomicInteger handled = new AtomicInteger();
    static final AtomicBoolean fixed = new AtomicBoolean();

    @Test
    void aMessageWhoseHandlingKeepsKillingTheConsumerIsParkedByTheBrokerAtItsDeliveryLimit() {
        try (var crashy = RunningService.start(
                Crashy.class,
                "crashy",
                broker,
                null,
                Map.of("agora.messaging.delivery-limit", String.valueOf(DELIVERY_LIMIT)))) {
            var parked = crashy.bean(ParkedMessages.class);
            crashy.bean(EventPublisher.class)
                    .publish("job.poison", Map.of("n", 1))
                    .join();

            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> parked.count() == 1);
            var message = parked.list(10).getFirst();
            assertThat(message.routingKey()).isEqualTo("job.poison");
            assertThat(message.reason()).contains("crashy_job_q").contains("x-death reason delivery_limit");
            assertThat(message.parkedAt()).isNotNull();
            assertThat(parked.list(10).getFirst().id())
                    .as("the same id at every look")
                    .isEqualTo(message.id());
            await().during(Duration.ofSeconds(3)).until(() -> poisonDeliveries.get() == DELIVERY_LIMIT + 1);

            fixed.set(true);
            assertThat(parked.replay(message.id())).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(() -> handled.get() == 1);
            crashy.bean(EventPublisher.class).publish("job.ok", Map.of("n", 2)).join();
            await().atMost(Duration.ofSeconds(30)).until(() -> handled.get() == 2);
            assertThat(parked.count()).isZero();
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Crashy {
        @Bean
        Handlers handlers() {
            return new Handlers();
        }
    }

    static class Handlers {
        @EventHandler("job.*")
        void handle(MessageContext context) throws InterruptedException {
            if (context.routingKey().equals("job.poison") && !fixed.get()) {
                poisonDeliveries.incrementAndGet();
                killTheConsumer();
                return;
            }
            handled.incrementAndGet();
        }

        /** As a crash would: the connection goes, the delivery was never acknowledged. */
        private static void killTheConsumer() throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            // the management API lists a new connection after a moment
            while (broker.management().closeConnections(broker.vhost()) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(300);
            }
        }
    }
}
