package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.ErrorType;
import dev.agora.messaging.EventHandler;
import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.HardFailException;
import dev.agora.messaging.MessageContext;
import dev.agora.messaging.ParkedMessage;
import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.ParkedMessagesOfServices;
import dev.agora.messaging.SoftFailException;
import dev.agora.messaging.test.IsolatedBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Soft failures come back after the delays of the ladder; hard failures, unreadable and invalid messages
 * and exhausted retries are parked at once with their history while later messages still flow; parked
 * messages can be replayed and discarded.
 */
class FailureHandlingIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    static final Received received = new Received();
    static final Set<String> fixed = ConcurrentHashMap.newKeySet();

    private static RunningService jobs;

    @BeforeAll
    static void startService() {
        jobs = RunningService.start(
                Jobs.class,
                "jobs",
                broker,
                null,
                Map.of(
                        "agora.messaging.retry.delays", "300ms,600ms",
                        "agora.messaging.retry.max-attempts", "3"));
    }

    @AfterAll
    static void stopService() {
        jobs.close();
    }

    @BeforeEach
    void emptyParkingAndDeliveries() {
        var parked = jobs.bean(ParkedMessages.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            parked.list(1000).forEach(message -> parked.discard(message.id()));
            return parked.count() == 0;
        });
        received.clear();
        fixed.clear();
    }

    @Test
    void aSoftFailureIsRetriedAfterEachDelayOfTheLadderAndSucceedsOnTheThirdAttempt() {
        publish("job.flaky", Map.of("n", 1));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> received.of("job.flaky").size() == 3);
        var attempts = received.of("job.flaky");
        assertThat(attempts).extracting(d -> d.context().attempt()).containsExactly(1, 2, 3);
        // at least each delay; how much later a loaded machine says nothing (the deferred queues below name the levels)
        assertThat(millisBetween(attempts.get(0), attempts.get(1))).isGreaterThanOrEqualTo(280L);
        assertThat(millisBetween(attempts.get(1), attempts.get(2))).isGreaterThanOrEqualTo(580L);
        var third = attempts.get(2).context().envelope();
        assertThat(third.errorsCount()).isEqualTo(2);
        assertThat(third.errors()).extracting(e -> e.type()).containsOnly(ErrorType.SOFTERROR);
        assertThat(queueNames()).contains("jobs_job-flaky-300ms_deferred_q", "jobs_job-flaky-600ms_deferred_q");
        assertThat(parked()).isEmpty();
    }

    @Test
    void aHardFailureIsParkedAtOnceWithItsHistoryWhileLaterMessagesStillFlow() {
        publish("job.broken", Map.of("n", 1));
        publish("job.ok", Map.of("n", 2));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> parked().size() == 1 && received.of("job.ok").size() == 1);
        var parked = parked().getFirst();
        assertThat(parked.routingKey()).isEqualTo("job.broken");
        assertThat(parked.reason()).contains("HardFailException").contains("cannot be done");
        assertThat(parked.body()).contains("\"error_type\":\"harderror\"").contains("\"errors_count\":1");
        assertThat(received.of("job.broken")).hasSize(1);
        var metrics = jobs.bean(io.micrometer.core.instrument.MeterRegistry.class);
        assertThat(metrics.get("agora.messages.parked")
                        .tag("routing_key", "job.broken")
                        .counter()
                        .count())
                .isGreaterThanOrEqualTo(1.0);
        assertThat(metrics.get("agora.messages.consumed")
                        .tag("routing_key", "job.ok")
                        .counter()
                        .count())
                .isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aBodyThatIsNotJsonIsParkedAsIsWithTheReason() {
        rawPublish("job.ok", "this is not json");
        publish("job.ok", Map.of("n", 3));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> parked().size() == 1 && received.of("job.ok").size() == 1);
        var parked = parked().getFirst();
        assertThat(parked.reason()).startsWith("body is not valid JSON");
        assertThat(parked.body()).isEqualTo("this is not json");
    }

    @Test
    void anEnvelopeWithMissingFieldsIsParkedWithTheValidationError() {
        rawPublish("job.ok", "{\"event_name\":\"job.ok\",\"data\":{}}");

        await().atMost(Duration.ofSeconds(30)).until(() -> parked().size() == 1);
        assertThat(parked().getFirst().reason())
                .startsWith("envelope does not match its schema")
                .contains("event_uuid")
                .contains("event_sender_id");
        assertThat(received.of("job.ok")).isEmpty();
    }

    @Test
    void aFailureTheFailurePathCannotRouteIsParkedWithWhatBrokeInsteadOfComingBackForever() {
        publish("job.unreadable", Map.of("n", 9));
        publish("job.ok", Map.of("n", 10));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> parked().size() == 1 && received.of("job.ok").size() == 1);
        await().during(Duration.ofSeconds(2)).until(() -> parked().size() == 1);
        assertThat(parked().getFirst().reason())
                .isEqualTo("routing the failure (" + UnreadableFailure.class.getName()
                        + ") failed with IllegalStateException: its message cannot be read");
        assertThat(received.of("job.unreadable")).hasSize(1);
    }

    @Test
    void aMessageThatKeepsFailingSoftlyIsParkedWhenItsAttemptsAreExhausted() {
        publish("job.down", Map.of("n", 4));

        await().atMost(Duration.ofSeconds(30)).until(() -> parked().size() == 1);
        var parked = parked().getFirst();
        assertThat(parked.reason()).startsWith("attempts exhausted after 3");
        assertThat(parked.attempts()).isEqualTo(3);
        assertThat(parked.body()).contains("softerror").contains("harderror").contains("\"errors_count\":4");
        assertThat(received.of("job.down")).hasSize(3);
    }

    @Test
    void aReplayedParkedMessageGoesBackToTheWorkQueueAndIsHandled() {
        publish("job.fixable", Map.of("n", 5));
        await().atMost(Duration.ofSeconds(30)).until(() -> parked().size() == 1);

        fixed.add("job.fixable");
        var replayed =
                jobs.bean(ParkedMessages.class).replay(parked().getFirst().id());

        assertThat(replayed).isTrue();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> received.of("job.fixable").size() == 2);
        var replay = received.of("job.fixable").get(1).context();
        assertThat(replay.attempt()).isEqualTo(1);
        assertThat(replay.envelope().errors()).extracting(e -> e.type()).containsExactly(ErrorType.HARDERROR);
        await().atMost(Duration.ofSeconds(30)).until(() -> parked().isEmpty());
    }

    @Test
    void aDiscardedParkedMessageIsGoneAndTheOthersStay() {
        publish("job.broken", Map.of("n", 6));
        publish("job.broken", Map.of("n", 7));
        await().atMost(Duration.ofSeconds(30)).until(() -> parked().size() == 2);

        var discarded =
                jobs.bean(ParkedMessages.class).discard(parked().getFirst().id());

        assertThat(discarded).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> parked().size() == 1);
        assertThat(jobs.bean(ParkedMessages.class).discard("no-such-id")).isFalse();
    }

    @Test
    void anotherServiceListsAndReplaysTheParkedMessagesOfThisOneByName() {
        publish("job.fixable", Map.of("n", 8));
        await().atMost(Duration.ofSeconds(30)).until(() -> parked().size() == 1);

        try (var console = RunningService.start(Console.class, "console", broker, null, Map.of())) {
            var parkedOfJobs = console.bean(ParkedMessagesOfServices.class).of("jobs");
            var listed = parkedOfJobs.list(10);
            assertThat(listed)
                    .singleElement()
                    .satisfies(message -> assertThat(message.routingKey()).isEqualTo("job.fixable"));

            fixed.add("job.fixable");
            assertThat(parkedOfJobs.replay(listed.getFirst().id())).isTrue();
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> received.of("job.fixable").size() == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> parked().isEmpty());
    }

    private static void publish(String name, Map<String, Object> data) {
        jobs.bean(EventPublisher.class).publish(name, data).join();
    }

    private static void rawPublish(String routingKey, String body) {
        jobs.bean(RabbitTemplate.class)
                .send(
                        "agoram_event_exchange",
                        routingKey,
                        new org.springframework.amqp.core.Message(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<ParkedMessage> parked() {
        return jobs.bean(ParkedMessages.class).list(100);
    }

    private static Set<String> queueNames() {
        return broker.management().queues(broker.vhost()).stream()
                .map(q -> q.get("name").asString())
                .collect(Collectors.toSet());
    }

    private static long millisBetween(Received.Delivery first, Received.Delivery second) {
        return Duration.ofNanos(second.nanoTime() - first.nanoTime()).toMillis();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Console {}

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Jobs {
        @Bean
        JobHandlers jobHandlers() {
            return new JobHandlers();
        }
    }

    /** A defect the failure path meets: an exception whose message cannot be read. */
    static final class UnreadableFailure extends RuntimeException {
        @Override
        public String getMessage() {
            throw new IllegalStateException("its message cannot be read");
        }
    }

    static class JobHandlers {
        @EventHandler("job.*")
        void on(MessageContext context) {
            received.add("jobs", context);
            switch (context.routingKey()) {
                case "job.flaky" -> {
                    if (context.attempt() < 3) throw new SoftFailException("dependency down");
                }
                case "job.down" -> throw new SoftFailException("still down");
                case "job.broken" -> throw new HardFailException("this order cannot be done");
                case "job.unreadable" -> throw new UnreadableFailure();
                case "job.fixable" -> {
                    if (!fixed.contains("job.fixable")) throw new HardFailException("missing reference data");
                }
                default -> {}
            }
        }
    }
}
