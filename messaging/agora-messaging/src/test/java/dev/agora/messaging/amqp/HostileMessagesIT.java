package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.AMQP;
import dev.agora.messaging.EventHandler;
import dev.agora.messaging.HardFailException;
import dev.agora.messaging.MessageContext;
import dev.agora.messaging.ParkedMessage;
import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.RequestClient;
import dev.agora.messaging.RequestHandler;
import dev.agora.messaging.SoftFailException;
import dev.agora.messaging.test.IsolatedBroker;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
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
 * Whatever reaches a work queue, on whichever path (the event exchange, the request exchange, the delayed exit, a
 * replay from the parking queue), with whatever headers and body, is parked exactly once with a reason; nothing is
 * delivered round and round, and the valid messages published in between are handled.
 */
class HostileMessagesIT {

    private static final int MAX_ATTEMPTS = 2;
    private static final UUID KNOWN_PRODUCT = UUID.randomUUID();

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    static final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    static final List<MessageContext> handled = new CopyOnWriteArrayList<>();

    private static RunningService pricing;

    @BeforeAll
    static void startService() {
        pricing = RunningService.start(
                Pricing.class,
                "pricing",
                broker,
                null,
                Map.of(
                        "agora.messaging.retry.delays", "100ms",
                        "agora.messaging.retry.max-attempts", String.valueOf(MAX_ATTEMPTS),
                        "agora.messaging.max-message-size", "64KB"));
    }

    @AfterAll
    static void stopService() {
        pricing.close();
    }

    @BeforeEach
    void emptyParkingAndDeliveries() {
        var parked = pricing.bean(ParkedMessages.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            parked.list(1000).forEach(message -> parked.discard(message.id()));
            return parked.count() == 0;
        });
        deliveries.clear();
        handled.clear();
    }

    @Test
    void aStockReservedThroughTheDelayedExitWithAttemptZeroNamingAnUnknownProductIsParkedOnceWithoutLooping() {
        var uuid = UUID.randomUUID();
        publish(
                "pricing_delayed_out_x",
                "stock.reserved",
                json().headers(Map.of(Headers.ATTEMPT, 0)).build(),
                envelope("stock.reserved", uuid, reservationOf(UUID.randomUUID())));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> parkedWith(uuid.toString()).size() == 1);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(30))
                .until(() -> parkedWith(uuid.toString()).size() == 1);
        assertThat(deliveries.get(uuid.toString())).hasValue(MAX_ATTEMPTS);
        assertThat(parkedWith(uuid.toString()).getFirst().reason())
                .startsWith("attempts exhausted after " + MAX_ATTEMPTS + ": SoftFailException: unknown product");
    }

    @Test
    void everyHostileMessageOnEveryPathIsParkedExactlyOnceWithAReasonWhileValidOnesAreHandled() {
        var cases = new ArrayList<Hostile>();
        for (var path : Path.values()) cases.addAll(hostileCases(path));
        var valid = new ArrayList<UUID>();
        var quotes = new ArrayList<java.util.concurrent.CompletableFuture<Map>>();
        var requests = pricing.bean(RequestClient.class);
        for (var hostile : cases) {
            publish(hostile.exchange(), hostile.routingKey(), hostile.properties(), hostile.body());
            var uuid = UUID.randomUUID();
            valid.add(uuid);
            publish(
                    "agoram_event_exchange",
                    "stock.reserved",
                    json().build(),
                    envelope("stock.reserved", uuid, reservationOf(KNOWN_PRODUCT)));
            quotes.add(requests.request("pricing", "quote", Map.of("productId", KNOWN_PRODUCT), Map.class));
        }

        awaitEachParkedOnce(cases);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> handledEvents()
                        .containsAll(valid.stream().map(UUID::toString).toList()));
        quotes.forEach(quote -> assertThat(quote.join()).containsEntry("price", 10));
        assertThat(handled).hasSize(valid.size());
        deliveries.forEach((uuid, count) -> assertThat(count.get()).as(uuid).isLessThanOrEqualTo(MAX_ATTEMPTS));

        // the same messages replayed from the parking queue: each is parked again, once
        var parked = pricing.bean(ParkedMessages.class);
        for (var message : parked.list(1000))
            assertThat(parked.replay(message.id())).as(message.reason()).isTrue();
        awaitEachParkedOnce(cases);
        assertThat(parked.list(1000))
                .allSatisfy(message -> assertThat(message.headers()).containsKey(Headers.REPLAYED));
    }

    @Test
    void hostileHeadersOnAValidMessageAreReplacedAndItIsHandledOnce() {
        var uuid = UUID.randomUUID();
        var headers = new HashMap<String, Object>();
        headers.put(Headers.ATTEMPT, -7);
        headers.put(Headers.CONVERSATION, "c".repeat(20_000));
        headers.put(Headers.TRACEPARENT, Map.of("not", "a trace"));
        publish(
                "agoram_event_exchange",
                "stock.reserved",
                json().headers(headers).correlationId("no spaces allowed").build(),
                envelope("stock.reserved", uuid, reservationOf(KNOWN_PRODUCT)));

        await().atMost(Duration.ofSeconds(30)).until(() -> handledEvents().contains(uuid.toString()));
        var context = handled.getFirst();
        assertThat(context.attempt()).isEqualTo(1);
        assertThat(context.correlationId()).isEqualTo(uuid.toString());
        assertThat(context.traceparent()).isNull();
        assertThat(pricing.bean(ParkedMessages.class).count()).isZero();
    }

    /** One browse of the parking queue per check: browsing once per case made each check take minutes when loaded. */
    private void awaitEachParkedOnce(List<Hostile> cases) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    var parked = allParked();
                    return cases.stream()
                            .allMatch(hostile -> with(parked, hostile.marker()).size() == 1);
                });
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(30))
                .until(() -> pricing.bean(ParkedMessages.class).count() == cases.size());
        var parked = allParked();
        for (var hostile : cases) {
            assertThat(with(parked, hostile.marker()))
                    .as(hostile.name())
                    .singleElement()
                    .satisfies(message -> assertThat(message.reason()).contains(hostile.reason()));
        }
    }

    enum Path {
        EVENT("agoram_event_exchange", "stock.reserved"),
        REQUEST("request.pricing", "request.pricing.quote"),
        DELAYED_EXIT("pricing_delayed_out_x", "stock.reserved");

        final String exchange;
        final String routingKey;

        Path(String exchange, String routingKey) {
            this.exchange = exchange;
            this.routingKey = routingKey;
        }
    }

    /** One message and what its parked copy's reason must say; {@code marker} is in its body, parked or not. */
    record Hostile(
            String name,
            String exchange,
            String routingKey,
            AMQP.BasicProperties properties,
            byte[] body,
            String marker,
            String reason) {}

    private static List<Hostile> hostileCases(Path path) {
        boolean request = path == Path.REQUEST;
        var failure = request ? "HardFailException: unknown product" : "attempts exhausted after " + MAX_ATTEMPTS;
        var cases = new ArrayList<Hostile>();
        Map<String, UnaryOperator<AMQP.BasicProperties.Builder>> headers = new java.util.LinkedHashMap<>();
        headers.put("attempt 0", p -> p.headers(Map.of(Headers.ATTEMPT, 0)));
        headers.put("attempt -1", p -> p.headers(Map.of(Headers.ATTEMPT, -1)));
        headers.put("huge attempt", p -> p.headers(Map.of(Headers.ATTEMPT, Long.MAX_VALUE)));
        headers.put("attempt as text", p -> p.headers(Map.of(Headers.ATTEMPT, "three")));
        headers.put("attempt as a float", p -> p.headers(Map.of(Headers.ATTEMPT, 2.5)));
        headers.put("attempt as a table", p -> p.headers(Map.of(Headers.ATTEMPT, Map.of("n", 1))));
        headers.put("bogus traceparent", p -> p.headers(Map.of(Headers.TRACEPARENT, "00-not-a-trace-at-all-01")));
        headers.put("oversized conversation id", p -> p.headers(Map.of(Headers.CONVERSATION, "c".repeat(20_000))));
        headers.put("garbage conversation id", p -> p.headers(Map.of(Headers.CONVERSATION, "\u0000\u0001 evil\n")));
        headers.put("garbage correlation id", p -> p.correlationId("spaces, commas and ✓"));
        headers.put("reply_to on the event exchange", p -> p.replyTo("agoram_event_exchange/stock.reserved"));
        headers.put("no properties at all", p -> new AMQP.BasicProperties.Builder());
        headers.forEach((name, customize) -> {
            var uuid = UUID.randomUUID();
            cases.add(new Hostile(
                    path + ": " + name,
                    path.exchange,
                    path.routingKey,
                    customize.apply(json()).build(),
                    envelope(
                            path.routingKey,
                            uuid,
                            request ? quoteOf(UUID.randomUUID()) : reservationOf(UUID.randomUUID())),
                    uuid.toString(),
                    failure));
        });

        var marker = UUID.randomUUID().toString();
        cases.add(body(
                path,
                "not JSON",
                json().build(),
                ("not json " + marker).getBytes(StandardCharsets.UTF_8),
                marker,
                "body is not valid JSON"));
        marker = UUID.randomUUID().toString();
        cases.add(body(
                path,
                "JSON that is no envelope",
                json().build(),
                ("{\"hello\":\"" + marker + "\"}").getBytes(StandardCharsets.UTF_8),
                marker,
                "envelope does not match its schema"));
        var uuid = UUID.randomUUID();
        cases.add(body(
                path,
                "required data missing",
                json().build(),
                envelope(path.routingKey, uuid, request ? "{}" : "{\"lines\":[{\"quantity\":1}]}"),
                uuid.toString(),
                request
                        ? "data.productId: must not be null"
                        : "data.lines[0].productId: must not be null; data.orderId: must not be null"));
        uuid = UUID.randomUUID();
        cases.add(body(
                path,
                "data of the wrong type",
                json().build(),
                envelope(
                        path.routingKey,
                        uuid,
                        request ? "{\"productId\":[1,2]}" : "{\"orderId\":42,\"lines\":\"many\"}"),
                uuid.toString(),
                "data cannot be read as"));
        uuid = UUID.randomUUID();
        cases.add(body(
                path,
                "huge body",
                json().build(),
                envelope(path.routingKey, uuid, "{\"padding\":\"" + "x".repeat(100_000) + "\"}"),
                uuid.toString(),
                "exceeds the limit"));
        marker = UUID.randomUUID().toString();
        cases.add(body(
                path,
                "deeply nested",
                json().build(),
                ("{\"event_uuid\":\"" + marker + "\",\"data\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}")
                        .getBytes(StandardCharsets.UTF_8),
                marker,
                "body is not valid JSON"));
        uuid = UUID.randomUUID();
        cases.add(body(
                path,
                "text/plain",
                json().contentType("text/plain").build(),
                envelope(path.routingKey, uuid, "{}"),
                uuid.toString(),
                "content_type 'text/plain' is not JSON"));
        uuid = UUID.randomUUID();
        cases.add(body(
                path,
                "gzip",
                json().contentEncoding("gzip").build(),
                envelope(path.routingKey, uuid, "{}"),
                uuid.toString(),
                "content_encoding 'gzip' is not supported"));
        uuid = UUID.randomUUID();
        cases.add(body(
                path,
                "event_name not the routing key",
                json().build(),
                envelope("order.created", uuid, "{}"),
                uuid.toString(),
                "differs from the routing key"));
        if (!request) {
            // a key whose retry queue name would exceed AMQP's 255 bytes: the failure path itself fails
            var longKey = "probe." + "k".repeat(240);
            uuid = UUID.randomUUID();
            cases.add(new Hostile(
                    path + ": over-long routing key",
                    path.exchange,
                    longKey,
                    json().build(),
                    envelope(longKey, uuid, "{}"),
                    uuid.toString(),
                    "such a message cannot be retried"));
        }
        return cases;
    }

    private static Hostile body(
            Path path, String name, AMQP.BasicProperties properties, byte[] body, String marker, String reason) {
        return new Hostile(path + ": " + name, path.exchange, path.routingKey, properties, body, marker, reason);
    }

    private static AMQP.BasicProperties.Builder json() {
        return new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .deliveryMode(2);
    }

    private static byte[] envelope(String name, UUID uuid, String data) {
        return """
                {"event_name":"%s","event_uuid":"%s","event_creation_time":"2026-12-03T10:00:00Z",\
                "event_sender_id":"intruder","data":%s,"errors_count":0,"errors":[]}""".formatted(name, uuid, data).getBytes(StandardCharsets.UTF_8);
    }

    private static String reservationOf(UUID product) {
        return "{\"orderId\":\"%s\",\"lines\":[{\"productId\":\"%s\",\"quantity\":1}]}"
                .formatted(UUID.randomUUID(), product);
    }

    private static String quoteOf(UUID product) {
        return "{\"productId\":\"%s\"}".formatted(product);
    }

    private static void publish(String exchange, String routingKey, AMQP.BasicProperties properties, byte[] body) {
        pricing.bean(RabbitTemplate.class).execute(channel -> {
            channel.basicPublish(exchange, routingKey, properties, body);
            return null;
        });
    }

    private static List<ParkedMessage> parkedWith(String marker) {
        return with(allParked(), marker);
    }

    private static List<ParkedMessage> allParked() {
        return pricing.bean(ParkedMessages.class).list(1000);
    }

    private static List<ParkedMessage> with(List<ParkedMessage> parked, String marker) {
        return parked.stream()
                .filter(message -> message.body().contains(marker))
                .toList();
    }

    private static Set<String> handledEvents() {
        var uuids = ConcurrentHashMap.<String>newKeySet();
        handled.forEach(context -> uuids.add(context.envelope().uuid().toString()));
        return uuids;
    }

    record Line(@NotNull UUID productId, @Min(1) int quantity) {}

    record StockReserved(@NotNull UUID orderId, @NotEmpty List<@Valid @NotNull Line> lines) {}

    record QuoteQuery(@NotNull UUID productId) {}

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Pricing {
        @Bean
        Handlers handlers() {
            return new Handlers();
        }
    }

    static class Handlers {
        @EventHandler("stock.reserved")
        void price(StockReserved reserved, MessageContext context) {
            delivered(context);
            for (var line : reserved.lines()) {
                if (!line.productId().equals(KNOWN_PRODUCT)) {
                    throw new SoftFailException("unknown product " + line.productId());
                }
            }
            handled.add(context);
        }

        @RequestHandler("quote")
        Map<String, Integer> quote(QuoteQuery query, MessageContext context) {
            delivered(context);
            if (!query.productId().equals(KNOWN_PRODUCT)) {
                throw new HardFailException("unknown product " + query.productId());
            }
            return Map.of("price", 10);
        }

        @EventHandler("probe.#")
        void probe(MessageContext context) {
            delivered(context);
            throw new SoftFailException("probes always fail");
        }

        private static void delivered(MessageContext context) {
            deliveries
                    .computeIfAbsent(context.envelope().uuid().toString(), uuid -> new AtomicInteger())
                    .incrementAndGet();
        }
    }
}
