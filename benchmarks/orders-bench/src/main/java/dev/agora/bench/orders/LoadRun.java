package dev.agora.bench.orders;

import dev.agora.shop.contracts.api.OrderStatus;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Offers orders at a fixed rate, open loop (a slow answer does not slow the next order down), and measures every
 * latency from the moment the order was due, so a stall is counted in full rather than hidden.
 */
final class LoadRun {

    private static final Duration OUTCOME_GRACE = Duration.ofSeconds(30);

    private final RestClient http;
    private final String ordersUrl;
    private final ShopFixture fixture;
    private final OrderOutcomes outcomes;

    LoadRun(RestClient http, String ordersUrl, ShopFixture fixture, OrderOutcomes outcomes) {
        this.http = http;
        this.ordersUrl = ordersUrl;
        this.fixture = fixture;
        this.outcomes = outcomes;
    }

    ScenarioResult run(Scenario scenario, int rate, Duration duration, Progress progress) throws InterruptedException {
        var accept = new ConcurrentHistogram(3);
        var dueTimes = new ConcurrentHashMap<UUID, Long>();
        var failed = new AtomicLong();
        var errors = new AtomicLong();
        long total = rate * duration.toSeconds();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long due = start + i * interval;
                sleepUntil(due);
                senders.submit(() -> place(scenario, due, accept, dueTimes, failed, errors));
                progress.tick(scenario, i + 1, total);
            }
        }
        long sendingTook = System.nanoTime() - start;
        var confirmed = new Histogram(3);
        long[] counts = awaitOutcomes(scenario, dueTimes, confirmed);
        return new ScenarioResult(
                scenario,
                total * 1e9 / sendingTook,
                (total - errors.get()) * 1e9 / sendingTook,
                accept,
                confirmed,
                scenario.async() ? counts[0] : total - failed.get() - errors.get(),
                scenario.async() ? counts[1] : failed.get(),
                counts[2],
                errors.get());
    }

    private void place(
            Scenario scenario,
            long due,
            Histogram accept,
            Map<UUID, Long> dueTimes,
            AtomicLong failed,
            AtomicLong errors) {
        try {
            var answer = http.post()
                    .uri(ordersUrl)
                    .body(fixture.randomOrder(scenario.mode()))
                    .exchange((request, response) ->
                            new Answer(response.getStatusCode().value(), response.bodyTo(JsonNode.class)));
            accept.recordValue((System.nanoTime() - due) / 1000);
            if (answer.status() == 202) {
                dueTimes.put(UUID.fromString(answer.body().get("orderId").asString()), due);
            } else if (answer.status() != 201) {
                failed.incrementAndGet(); // a sync order refused by a dependency: the answer is the outcome
            }
        } catch (RuntimeException e) {
            errors.incrementAndGet();
        }
    }

    /** Counts confirmed, cancelled and unfinished async orders; records time to confirmation. */
    private long[] awaitOutcomes(Scenario scenario, Map<UUID, Long> dueTimes, Histogram confirmed)
            throws InterruptedException {
        long deadline = System.nanoTime() + OUTCOME_GRACE.toNanos();
        while (System.nanoTime() < deadline && dueTimes.keySet().stream().anyMatch(id -> outcomes.of(id) == null)) {
            Thread.sleep(100);
        }
        long[] counts = new long[3];
        dueTimes.forEach((orderId, due) -> {
            var outcome = outcomes.of(orderId);
            if (outcome == null) {
                counts[2]++;
            } else if (outcome.status() == OrderStatus.CONFIRMED) {
                counts[0]++;
                confirmed.recordValue((outcome.atNanos() - due) / 1000);
            } else {
                counts[1]++;
            }
        });
        return scenario.async() ? counts : new long[] {0, 0, 0};
    }

    private static void sleepUntil(long due) throws InterruptedException {
        long wait = due - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private record Answer(int status, JsonNode body) {}
}
