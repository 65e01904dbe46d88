package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EventHandler;
import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.messaging.test.IsolatedSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every broker connection of both services is killed several times while 10 000 events flow: unconfirmed
 * publications are sent again, unacknowledged deliveries come back, and the inbox drops the duplicates.
 */
class ConnectionLossIT {

    private static final int EVENTS = 10_000;

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    @RegisterExtension
    static final IsolatedSchema schema = new IsolatedSchema();

    @Test
    void killingTheConnectionsDuringTenThousandEventsLosesNoneAndDuplicatesNoEffect() throws Exception {
        schema.jdbc().execute("CREATE TABLE effects (event_uuid varchar(64) NOT NULL)");
        try (var feeder = RunningService.start(Feeder.class, "feeder", broker);
                var sink = RunningService.start(
                        Sink.class, "sink", broker, schema, Map.of("agora.messaging.concurrency", "4"))) {
            var publisher = feeder.bean(EventPublisher.class);
            var kills = new AtomicInteger();
            var killer = Thread.ofPlatform().start(() -> killConnectionsWhileRunning(kills));

            var confirmations = new ArrayList<CompletableFuture<Void>>(EVENTS);
            for (int i = 0; i < EVENTS; i++) {
                confirmations.add(publisher.publish("reading.taken", Map.of("n", i)));
                if (i % 500 == 0) Thread.sleep(300); // spread the run over the kills
            }
            CompletableFuture.allOf(confirmations.toArray(CompletableFuture[]::new))
                    .join();
            killer.join();

            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> count("SELECT count(DISTINCT event_uuid) FROM effects") == EVENTS);
            await().during(Duration.ofSeconds(2)).until(() -> count("SELECT count(*) FROM effects") == EVENTS);
            assertThat(kills.get()).isGreaterThanOrEqualTo(3);
        }
    }

    private static void killConnectionsWhileRunning(AtomicInteger kills) {
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (kills.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(1_200); // the management API lists new connections after a moment
                if (broker.management().closeConnections(broker.vhost()) > 0) kills.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long count(String sql) {
        return schema.jdbc().queryForObject(sql, Long.class);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Feeder {}

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Sink {
        @Bean
        SinkHandlers sinkHandlers(JdbcClient jdbc) {
            return new SinkHandlers(jdbc);
        }
    }

    record SinkHandlers(JdbcClient jdbc) {
        @EventHandler("reading.taken")
        void on(Envelope envelope) {
            jdbc.sql("INSERT INTO effects (event_uuid) VALUES (?)")
                    .param(envelope.uuid().toString())
                    .update();
        }
    }
}
