package dev.agora.demo;

import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.StatusChange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Follows an order's status as it changes: the order service's stream ({@code GET /api/orders/{id}/events},
 * Server-Sent Events), and should that fail or end early, its timeline ({@code GET /api/orders/{id}}) polled.
 * Each status is reported once, in the order reached, until a final one or the time is up.
 */
final class OrderFollower {

    /**
     * @param updates every status reached, in order
     * @param streamed whether the stream told it all (false: the timeline was polled for the rest)
     */
    record Outcome(List<StatusChange> updates, boolean ended, boolean streamed) {

        @Nullable
        StatusChange last() {
            return updates.isEmpty() ? null : updates.getLast();
        }

        @Nullable
        OrderStatus finalStatus() {
            var last = last();
            return ended && last != null ? last.status() : null;
        }
    }

    private final String orderServiceUrl;
    private final RestClient streams;
    private final RestClient http;
    private final JsonMapper json;
    private final Duration pollInterval;

    /**
     * @param streams for the status stream: no read timeout of its own (the follower ends it when time is up)
     * @param http for the timeline
     */
    OrderFollower(String orderServiceUrl, RestClient streams, RestClient http, JsonMapper json, Duration pollInterval) {
        this.orderServiceUrl = orderServiceUrl;
        this.streams = streams;
        this.http = http;
        this.json = json;
        this.pollInterval = pollInterval;
    }

    /**
     * Reports each status the order reaches to {@code listener} until a final one, or until {@code atMost} has
     * passed. A failing order service shows as the {@link RestClientException} of the timeline's request.
     */
    Outcome follow(UUID orderId, Duration atMost, Consumer<StatusChange> listener) {
        long deadline = System.nanoTime() + atMost.toNanos();
        var seen = new Seen(listener);
        try {
            return follow(orderId, deadline, seen);
        } finally {
            seen.close(); // a stream given up on says nothing more
        }
    }

    private Outcome follow(UUID orderId, long deadline, Seen seen) {
        boolean streamed = false;
        try {
            streamed = stream(orderId, deadline, seen);
        } catch (RestClientException | UncheckedIOException | JacksonException streamFailed) {
            // the timeline below tells the rest, or shows what is wrong with the order service
        }
        if (seen.ended()) {
            return new Outcome(seen.updates(), true, streamed);
        }
        while (true) {
            var order = http.get()
                    .uri(orderServiceUrl + "/api/orders/" + orderId)
                    .retrieve()
                    .body(JsonNode.class);
            if (order != null && order.has("timeline")) {
                for (var entry : order.get("timeline")) {
                    seen.offer(json.treeToValue(entry, StatusChange.class));
                }
            }
            long left = deadline - System.nanoTime();
            if (seen.ended() || left <= 0) {
                return new Outcome(seen.updates(), seen.ended(), false);
            }
            sleep(Math.min(pollInterval.toNanos(), left));
        }
    }

    /**
     * True when the stream showed a final status; false when it ended before one, or time ran out. The stream is
     * read on a thread of its own, interrupted when time is up: a silent stream blocks in read(), and closing the
     * response from outside does not end that read.
     */
    private boolean stream(UUID orderId, long deadline, Seen seen) {
        var reading = new FutureTask<>(() -> streams.get()
                .uri(orderServiceUrl + "/api/orders/" + orderId + "/events")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange((request, response) -> response.getStatusCode().is2xxSuccessful() && read(response, seen)));
        Thread.ofVirtual().name("order-status-stream").start(reading);
        try {
            return Boolean.TRUE.equals(reading.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (TimeoutException timeIsUp) {
            reading.cancel(true);
            return false;
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while following an order", e);
        }
    }

    private boolean read(ClientHttpResponse response, Seen seen) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(response.getBody(), StandardCharsets.UTF_8))) {
            var parser = new SseParser();
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                var event = parser.line(line);
                if (event.isPresent() && event.get().name().equals("status")) {
                    seen.offer(json.readValue(event.get().data(), StatusChange.class));
                    if (seen.ended()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while following an order", e);
        }
    }

    /** The statuses reported so far: each once, and none after a final one. */
    private static final class Seen {

        private final Consumer<StatusChange> listener;
        private final Set<OrderStatus> statuses = new HashSet<>();
        private final List<StatusChange> updates = new ArrayList<>();
        private boolean ended;
        private boolean closed;

        Seen(Consumer<StatusChange> listener) {
            this.listener = listener;
        }

        synchronized void offer(StatusChange update) {
            if (closed || ended || !statuses.add(update.status())) {
                return;
            }
            updates.add(update);
            ended = update.status().isFinal();
            listener.accept(update);
        }

        synchronized void close() {
            closed = true;
        }

        synchronized boolean ended() {
            return ended;
        }

        synchronized List<StatusChange> updates() {
            return List.copyOf(updates);
        }
    }
}
