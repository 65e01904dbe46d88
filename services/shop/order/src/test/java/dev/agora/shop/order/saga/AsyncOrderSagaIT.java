package dev.agora.shop.order.saga;

import static dev.agora.shop.order.ShopEvents.processed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.ParkedMessages;
import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.PricedLine;
import dev.agora.shop.contracts.ShopLimits;
import dev.agora.shop.contracts.events.OrderPriced;
import dev.agora.shop.contracts.events.OrderPricingFailed;
import dev.agora.shop.contracts.events.PaymentCreated;
import dev.agora.shop.contracts.events.PaymentFailed;
import dev.agora.shop.contracts.events.StockRejected;
import dev.agora.shop.contracts.events.StockReserved;
import dev.agora.shop.order.OrderApi;
import dev.agora.shop.order.ShopEvents;
import dev.agora.shop.testing.SharedAuth;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The asynchronous order against the real broker and database, with inventory, pricing and payment played by
 * this test: it publishes their events as they would and watches the order's status and its outgoing events.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ShopEvents.class)
@DirtiesContext
class AsyncOrderSagaIT {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    @DynamicPropertySource
    static void auth(DynamicPropertyRegistry registry) {
        SharedAuth.register(registry, "order");
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ShopEvents shop;

    @Autowired
    JsonMapper json;

    @Autowired
    ParkedMessages parked;

    @LocalServerPort
    int port;

    private OrderApi api;
    private final UUID user = UUID.randomUUID();
    private final UUID book = UUID.randomUUID();
    private final UUID pen = UUID.randomUUID();

    @BeforeEach
    void client() {
        api = new OrderApi(port, json, SharedAuth.get().operator());
    }

    @Test
    void anAcceptedOrderIsPendingAndAnnouncedWithModeAsync() {
        var response = api.place(body(), null);

        assertThat(response.statusCode()).isEqualTo(202);
        var orderId = api.orderIdOf(response);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(api.uri("/api/orders/" + orderId).toString());
        assertThat(api.body(response).get("status").asString()).isEqualTo("PENDING");
        await().atMost(WAIT).until(() -> shop.namesAbout(orderId).contains("order.created"));
        var created = shop.first("order.created", orderId).data();
        assertThat(created.get("mode").asString()).isEqualTo("ASYNC");
        assertThat(created.get("userId").asString()).isEqualTo(user.toString());
        assertThat(created.get("lines")).hasSize(2);
        assertThat(api.statusOf(orderId)).isEqualTo("PENDING");
    }

    @Test
    void reservedStockPricesAndPaymentConfirmTheOrder() {
        var orderId = api.orderIdOf(api.place(body(), null));

        shop.publish("stock.reserved", new StockReserved(orderId, lines()), "inventory");
        await().atMost(WAIT).until(() -> api.statusOf(orderId).equals("STOCK_RESERVED"));
        shop.publish("order.priced", priced(orderId), "pricing");
        await().atMost(WAIT).until(() -> api.statusOf(orderId).equals("PRICED"));
        var paymentId = UUID.randomUUID();
        shop.publish(
                "payment.created",
                new PaymentCreated(paymentId, orderId, new BigDecimal("42.00"), "EUR", "sandbox-1"),
                "payment");
        await().atMost(WAIT).until(() -> api.statusOf(orderId).equals("CONFIRMED"));

        var order = api.order(orderId);
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("42.00");
        assertThat(order.get("currency").asString()).isEqualTo("EUR");
        assertThat(order.get("paymentId").asString()).isEqualTo(paymentId.toString());
        assertThat(order.get("lines").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(order.get("timeline").findValuesAsString("status"))
                .containsExactly("PENDING", "STOCK_RESERVED", "PRICED", "CONFIRMED");
        await().atMost(WAIT).until(() -> shop.namesAbout(orderId).contains("order.confirmed"));
        var confirmed = shop.first("order.confirmed", orderId).data();
        assertThat(confirmed.get("paymentId").asString()).isEqualTo(paymentId.toString());
        assertThat(confirmed.get("total").decimalValue()).isEqualByComparingTo("42.00");
        assertThat(confirmed.get("lines")).hasSize(2);
    }

    @Test
    void theLargestOrderTheShopLimitsAllowIsStoredToTheCent() {
        var lines = IntStream.range(0, ShopLimits.MAX_LINES)
                .mapToObj(i -> new OrderLine(UUID.randomUUID(), ShopLimits.MAX_QUANTITY))
                .toList();
        var orderId = api.orderIdOf(api.place(json.writeValueAsString(Map.of("userId", user, "lines", lines)), null));
        shop.publish("stock.reserved", new StockReserved(orderId, lines), "inventory");
        await().atMost(WAIT).until(() -> api.statusOf(orderId).equals("STOCK_RESERVED"));

        shop.publish("order.priced", pricedAtTheLimits(orderId, lines), "pricing");

        await().atMost(WAIT).until(() -> api.statusOf(orderId).equals("PRICED"));
        var order = api.order(orderId);
        assertThat(order.get("subtotal").decimalValue()).isEqualByComparingTo("100000000000.00");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("200000000000.00");
        assertThat(order.get("total").decimalValue()).isLessThanOrEqualTo(new BigDecimal(ShopLimits.MAX_AMOUNT));
    }

    @Test
    void rejectedStockCancelsTheOrderWithTheReason() {
        var orderId = api.orderIdOf(api.place(body(), null));

        shop.publish("stock.rejected", new StockRejected(orderId, pen, 3, 1), "inventory");

        await().atMost(WAIT).until(() -> api.statusOf(orderId).equals("CANCELLED"));
        assertThat(api.order(orderId).get("reason").asString()).contains(pen.toString(), "3 requested", "1 available");
        await().atMost(WAIT).until(() -> shop.namesAbout(orderId).contains("order.cancelled"));
        assertThat(shop.first("order.cancelled", orderId).data().get("reason").asString())
                .contains("insufficient stock");
    }

    @Test
    void failedPricingCancelsTheOrder() {
        var orderId = api.orderIdOf(api.place(body(), null));
        shop.publish("stock.reserved", new StockReserved(orderId, lines()), "inventory");

        shop.publish("order.pricing.failed", new OrderPricingFailed(orderId, "no price for " + pen), "pricing");

        await().atMost(WAIT).until(() -> shop.namesAbout(orderId).contains("order.cancelled"));
        assertThat(api.order(orderId).get("reason").asString()).isEqualTo("pricing failed: no price for " + pen);
    }

    @Test
    void aPaymentForACancelledOrderKeepsItCancelled() {
        var orderId = api.orderIdOf(api.place(body(), null));
        shop.publish("order.priced", priced(orderId), "pricing");
        shop.publish("payment.failed", new PaymentFailed(orderId, "card declined"), "payment");
        await().atMost(WAIT).until(() -> api.statusOf(orderId).equals("CANCELLED"));

        var paid = shop.publish(
                "payment.created",
                new PaymentCreated(UUID.randomUUID(), orderId, new BigDecimal("42.00"), "EUR", "late"),
                "payment");
        var reserved = shop.publish("stock.reserved", new StockReserved(orderId, lines()), "inventory");

        await().atMost(WAIT).until(() -> processed(servers.jdbc(), paid) && processed(servers.jdbc(), reserved));
        assertThat(api.statusOf(orderId)).isEqualTo("CANCELLED");
        assertThat(shop.namesAbout(orderId)).containsExactly("order.created", "order.cancelled");
        assertThat(api.order(orderId).get("reason").asString()).isEqualTo("payment failed: card declined");
    }

    @Test
    void aPaymentThatOvertookThePricesConfirmsOnceTheyArrive() {
        var orderId = api.orderIdOf(api.place(body(), null));

        shop.publish(
                "payment.created",
                new PaymentCreated(UUID.randomUUID(), orderId, new BigDecimal("42.00"), "EUR", "early"),
                "payment");
        shop.publish("order.priced", priced(orderId), "pricing");

        await().atMost(WAIT).until(() -> api.statusOf(orderId).equals("CONFIRMED"));
        await().atMost(WAIT).until(() -> shop.namesAbout(orderId).contains("order.confirmed"));
        assertThat(shop.namesAbout(orderId)).containsOnlyOnce("order.confirmed");
    }

    @Test
    void anEventAboutAnUnknownOrderIsParked() {
        var before = parked.count();

        shop.publish("stock.reserved", new StockReserved(UUID.randomUUID(), lines()), "inventory");

        await().atMost(WAIT).until(() -> parked.count() > before);
    }

    @Test
    void aRepeatUnderTheSameKeyAnswersTheFirstOrderAndADifferentBodyIsRefused() {
        var key = "order-" + UUID.randomUUID();

        var first = api.place(body(), key);
        var repeat = api.place(body(), key);
        var different = api.place(body().replace("\"quantity\": 2", "\"quantity\": 5"), key);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(api.orderIdOf(repeat)).isEqualTo(api.orderIdOf(first));
        assertThat(different.statusCode()).isEqualTo(422);
        assertThat(api.body(different).get("header").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void concurrentRequestsUnderTheSameKeyCreateOneOrder() throws Exception {
        var key = "order-" + UUID.randomUUID();
        var responses = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                responses.add(CompletableFuture.supplyAsync(() -> api.place(body(), key), threads));
            }
        }
        var statuses = responses.stream().map(r -> r.join().statusCode()).toList();
        var orderIds =
                responses.stream().map(r -> api.orderIdOf(r.join())).distinct().toList();

        assertThat(orderIds).hasSize(1);
        assertThat(statuses).containsOnlyOnce(202).isSubsetOf(202, 200);
        assertThat(servers.jdbc().queryForObject("SELECT count(*) FROM orders WHERE user_id = ?", Integer.class, user))
                .isEqualTo(1);
        await().atMost(WAIT).until(() -> shop.namesAbout(orderIds.getFirst()).contains("order.created"));
        await().during(Duration.ofSeconds(1))
                .until(() -> shop.namesAbout(orderIds.getFirst()).equals(List.of("order.created")));
    }

    @Test
    void aUsersOrdersAreListedNewestFirst() {
        var older = api.orderIdOf(api.place(body(), null));
        var newer = api.orderIdOf(api.place(body(), null));

        var listed = api.body(api.get("/api/orders?userId=" + user));

        assertThat(listed.findValuesAsString("orderId")).containsExactly(newer.toString(), older.toString());
    }

    @Test
    void theLiveStreamShowsEachStatusAndEndsWhenTheOrderIsConfirmed() throws Exception {
        var orderId = api.orderIdOf(api.place(body(), null));
        var stream = api.client()
                .send(
                        api.request("/api/orders/" + orderId + "/events")
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines());
        var received = CompletableFuture.supplyAsync(() -> stream.body().toList());

        shop.publish("stock.reserved", new StockReserved(orderId, lines()), "inventory");
        // handled after the prices, a reservation is stale and never shows: wait for it before pricing
        await().atMost(WAIT).until(() -> api.statusOf(orderId).equals("STOCK_RESERVED"));
        shop.publish("order.priced", priced(orderId), "pricing");
        shop.publish(
                "payment.created",
                new PaymentCreated(UUID.randomUUID(), orderId, new BigDecimal("42.00"), "EUR", "sandbox-2"),
                "payment");

        assertThat(stream.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(received.get(WAIT.toSeconds(), TimeUnit.SECONDS).stream()
                        .filter(line -> line.startsWith("id:"))
                        .toList())
                .containsExactly("id:PENDING", "id:STOCK_RESERVED", "id:PRICED", "id:CONFIRMED");
    }

    private String body() {
        return """
                {"userId": "%s", "lines": [{"productId": "%s", "quantity": 2}, {"productId": "%s", "quantity": 1}]}""".formatted(user, book, pen);
    }

    private List<OrderLine> lines() {
        return List.of(new OrderLine(book, 2), new OrderLine(pen, 1));
    }

    /** Every line at the highest unit price, taxed at the highest rate. */
    private OrderPriced pricedAtTheLimits(UUID orderId, List<OrderLine> lines) {
        var unitPrice = new BigDecimal(ShopLimits.MAX_UNIT_PRICE);
        var rate = new BigDecimal(ShopLimits.MAX_TAX_RATE);
        var priced = lines.stream()
                .map(line -> {
                    var net = unitPrice.multiply(BigDecimal.valueOf(line.quantity()));
                    var tax = net.multiply(rate);
                    return new PricedLine(line.productId(), line.quantity(), unitPrice, rate, tax, net.add(tax));
                })
                .toList();
        var subtotal = unitPrice.multiply(BigDecimal.valueOf((long) ShopLimits.MAX_QUANTITY * lines.size()));
        var tax = subtotal.multiply(rate);
        return new OrderPriced(orderId, user, priced, subtotal, tax, subtotal.add(tax), "EUR");
    }

    /** Two books at 10.00 and a pen at 15.00, 20 % tax: 35.00 + 7.00 = 42.00. */
    private OrderPriced priced(UUID orderId) {
        var rate = new BigDecimal("0.20");
        return new OrderPriced(
                orderId,
                user,
                List.of(
                        new PricedLine(
                                book,
                                2,
                                new BigDecimal("10.00"),
                                rate,
                                new BigDecimal("4.00"),
                                new BigDecimal("24.00")),
                        new PricedLine(
                                pen,
                                1,
                                new BigDecimal("15.00"),
                                rate,
                                new BigDecimal("3.00"),
                                new BigDecimal("18.00"))),
                new BigDecimal("35.00"),
                new BigDecimal("7.00"),
                new BigDecimal("42.00"),
                "EUR");
    }
}
