package dev.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.StatusChange;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.web.client.ResourceAccessException;

@Timeout(20)
class OrderFollowerTest {

    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final String EVENTS = "/api/orders/" + ORDER + "/events";
    private static final String ORDER_PATH = "/api/orders/" + ORDER;

    private final FakeServer orderService = new FakeServer();
    private final List<StatusChange> reported = new ArrayList<>();

    @AfterEach
    void stop() {
        orderService.close();
    }

    @Test
    void reportsEveryStatusOfTheStreamUntilAFinalOne() {
        orderService.on(EVENTS, exchange -> {
            FakeServer.startStream(exchange);
            FakeServer.event(exchange, "PENDING", "2026-11-23T09:00:00Z", null);
            FakeServer.event(exchange, "STOCK_RESERVED", "2026-11-23T09:00:00.040Z", null);
            FakeServer.event(exchange, "PRICED", "2026-11-23T09:00:00.070Z", null);
            FakeServer.event(exchange, "CONFIRMED", "2026-11-23T09:00:00.095Z", null);
        });

        var outcome = follower().follow(ORDER, Duration.ofSeconds(5), reported::add);

        assertThat(statuses()).containsExactly("PENDING", "STOCK_RESERVED", "PRICED", "CONFIRMED");
        assertThat(outcome.ended()).isTrue();
        assertThat(outcome.streamed()).isTrue();
        assertThat(outcome.finalStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(orderService.requests()).noneMatch(r -> r.path().equals(ORDER_PATH));
    }

    @Test
    void pollsTheTimelineWhenThereIsNoStreamReportingEachStatusOnce() {
        var polls = new AtomicInteger();
        orderService.on(ORDER_PATH, exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/events")) {
                FakeServer.json(exchange, 404, "{}");
                return;
            }
            var timeline = new ArrayList<String>();
            timeline.add(entry("PENDING", "2026-11-23T09:00:00Z", null));
            if (polls.incrementAndGet() >= 2) {
                timeline.add(entry("STOCK_RESERVED", "2026-11-23T09:00:01Z", null));
            }
            if (polls.get() >= 3) {
                timeline.add(entry("PRICED", "2026-11-23T09:00:02Z", null));
                timeline.add(entry("CANCELLED", "2026-11-23T09:00:03Z", "payment failed: declined"));
            }
            FakeServer.json(exchange, 200, "{\"status\":\"x\",\"timeline\":[" + String.join(",", timeline) + "]}");
        });

        var outcome = follower().follow(ORDER, Duration.ofSeconds(5), reported::add);

        assertThat(statuses()).containsExactly("PENDING", "STOCK_RESERVED", "PRICED", "CANCELLED");
        assertThat(reported.getLast().reason()).isEqualTo("payment failed: declined");
        assertThat(outcome.ended()).isTrue();
        assertThat(outcome.streamed()).isFalse();
        assertThat(polls.get()).isEqualTo(3);
    }

    @Test
    void aStreamThatEndsEarlyIsFollowedByTheTimeline() {
        orderService.on(ORDER_PATH, exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/events")) {
                FakeServer.startStream(exchange);
                FakeServer.event(exchange, "PENDING", "2026-11-23T09:00:00Z", null);
                return; // the stream closes
            }
            FakeServer.json(
                    exchange,
                    200,
                    "{\"timeline\":[" + entry("PENDING", "2026-11-23T09:00:00Z", null) + ","
                            + entry("EXPIRED", "2026-11-23T09:00:20Z", "not paid within PT20S") + "]}");
        });

        var outcome = follower().follow(ORDER, Duration.ofSeconds(5), reported::add);

        assertThat(statuses()).containsExactly("PENDING", "EXPIRED");
        assertThat(outcome.finalStatus()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void givesUpWhenTimeIsUpEvenWhileTheStreamSaysNothing() {
        orderService.on(ORDER_PATH, exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/events")) {
                FakeServer.startStream(exchange);
                FakeServer.event(exchange, "PENDING", "2026-11-23T09:00:00Z", null);
                orderService.stayQuiet();
                return;
            }
            FakeServer.json(exchange, 200, "{\"timeline\":[" + entry("PENDING", "2026-11-23T09:00:00Z", null) + "]}");
        });
        long started = System.nanoTime();

        var outcome = follower().follow(ORDER, Duration.ofMillis(600), reported::add);

        var took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(outcome.ended()).isFalse();
        assertThat(outcome.finalStatus()).isNull();
        assertThat(outcome.last().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(statuses()).containsExactly("PENDING");
        // gives up after its 600 ms, not at the end of a stream that never ends; how late is a loaded machine's say
        assertThat(took).isBetween(Duration.ofMillis(500), Duration.ofSeconds(20));
    }

    @Test
    void anOrderServiceThatIsDownShowsAsTheTimelinesFailure() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var clients = AgoraDemo.clients();
        var follower = new OrderFollower(
                "http://127.0.0.1:" + port, clients.streams(), clients.http(), clients.json(), Duration.ofMillis(20));

        assertThatThrownBy(() -> follower.follow(ORDER, Duration.ofSeconds(2), reported::add))
                .isInstanceOf(ResourceAccessException.class)
                .hasMessageContaining("127.0.0.1:" + port);
    }

    private OrderFollower follower() {
        var clients = AgoraDemo.clients();
        return new OrderFollower(
                orderService.url(), clients.streams(), clients.http(), clients.json(), Duration.ofMillis(20));
    }

    private List<String> statuses() {
        return reported.stream().map(update -> update.status().name()).toList();
    }

    private static String entry(String status, String at, String reason) {
        return "{\"status\":\"" + status + "\",\"at\":\"" + at + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }
}
