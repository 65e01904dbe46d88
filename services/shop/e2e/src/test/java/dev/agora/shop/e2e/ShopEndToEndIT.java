package dev.agora.shop.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.testing.RunningShop;
import dev.agora.shop.testing.ShopApi;
import dev.agora.shop.testing.ShopService;
import dev.agora.shop.testing.TestShop;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.amqp.core.Message;
import org.springframework.http.HttpStatus;

/**
 * The seven shop services as separate processes on the real RabbitMQ and PostgreSQL (a vhost and a database of
 * their own), driven over HTTP as a client would. The last tests stop services, so they run last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShopEndToEndIT {

    private static final Duration PAYMENT_TIMEOUT = Duration.ofSeconds(15);

    static RunningShop shop;
    static ShopClient client;
    static ShopApi api;
    static EventTap events;
    static UUID alice;
    static UUID book;

    @BeforeAll
    static void startShop() {
        shop = TestShop.start("", TestShop.quickOrders(PAYMENT_TIMEOUT));
        var http = shop.operatorClient();
        client = new ShopClient(shop, http);
        api = new ShopApi(shop, http);
        events = new EventTap(shop.vhost());
        alice = api.createUser("alice", "FR");
        book = stockedProduct("The Little Prince", "books", "12.00", 1_000);
    }

    @AfterAll
    static void stopShop() {
        if (events != null) {
            events.close();
        }
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    @Order(1)
    void asyncOrderIsAcceptedAtOnceAndEndsConfirmed() {
        var answer = client.placeOrder(alice, book, 2, "ASYNC");

        assertThat(answer.status()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(answer.location()).endsWith("/api/orders/" + answer.orderId());
        awaitStatus(answer.orderId(), OrderStatus.CONFIRMED);
        var order = client.order(answer.orderId());
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("25.32"); // 2 × 12.00 + 5.5 % VAT
    }

    @Test
    @Order(2)
    void duplicateDeliveryOfEveryEventOfAnOrderChangesNothing() {
        events.drain();
        var orderId = client.placeOrder(alice, book, 1, "ASYNC").orderId();
        awaitStatus(orderId, OrderStatus.CONFIRMED);
        var stockBefore = api.stock(book);
        var historyBefore = awaitHistoryShows(orderId, "CONFIRMED");
        List<Message> published = awaitEventsOf(orderId, "order.confirmed");

        published.forEach(events::redeliver);

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(client.orderStatus(orderId)).isEqualTo(OrderStatus.CONFIRMED);
            assertThat(api.stock(book)).isEqualTo(stockBefore);
            assertThat(client.history(alice)).isEqualTo(historyBefore);
        });
        var payments = api.get(ShopService.PAYMENT, "/api/payments?orderId=" + orderId);
        assertThat(payments.size()).isEqualTo(1);
        var redelivered = published.stream()
                .map(m -> m.getMessageProperties().getMessageId())
                .toList();
        assertThat(events.drain())
                .as("only the copies went through the exchange: no service published anything new")
                .allMatch(m -> redelivered.contains(m.getMessageProperties().getMessageId()));
    }

    @Test
    @Order(3)
    void paymentFailureEndsCancelledWithTheStockBack() {
        var stockBefore = api.stock(book);
        api.sandbox(Duration.ZERO, 1.0);
        try {
            var orderId = client.placeOrder(alice, book, 3, "ASYNC").orderId();

            awaitStatus(orderId, OrderStatus.CANCELLED);
            await().atMost(Duration.ofSeconds(30)).until(() -> api.stock(book) == stockBefore);
        } finally {
            api.sandbox(Duration.ZERO, 0.0);
        }
    }

    @Test
    @Order(4)
    void unpaidOrderEndsExpiredWithTheStockBack() {
        var stockBefore = api.stock(book);
        api.sandbox(PAYMENT_TIMEOUT.plusSeconds(10), 0.0);
        try {
            var orderId = client.placeOrder(alice, book, 1, "ASYNC").orderId();

            awaitStatus(orderId, OrderStatus.EXPIRED, PAYMENT_TIMEOUT.plusSeconds(30));
            await().atMost(Duration.ofSeconds(30)).until(() -> api.stock(book) == stockBefore);
        } finally {
            api.sandbox(Duration.ZERO, 0.0);
        }
    }

    @Test
    @Order(5)
    void syncOrderAnswersWithTheFinalOrder() {
        var answer = client.placeOrder(alice, book, 1, "SYNC");

        assertThat(answer.status()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.body().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(answer.body().get("total").decimalValue()).isEqualByComparingTo("12.66");
    }

    @Test
    @Order(6)
    void twoHundredConcurrentOrdersForFiftyInStockConfirmExactlyFifty() throws Exception {
        var scarce = stockedProduct("Last edition", "books", "30.00", 50);
        var buyers = new ArrayList<Callable<UUID>>();
        for (int i = 0; i < 200; i++) {
            buyers.add(() -> client.placeOrder(alice, scarce, 1, "ASYNC").orderId());
        }
        List<UUID> orders;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            orders = new ArrayList<>();
            for (var future : executor.invokeAll(buyers)) {
                orders.add(future.get());
            }
        }

        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> orders.stream()
                        .map(client::orderStatus)
                        .allMatch(status -> status == OrderStatus.CONFIRMED || status == OrderStatus.CANCELLED));
        var confirmed = orders.stream()
                .filter(id -> client.orderStatus(id) == OrderStatus.CONFIRMED)
                .count();
        assertThat(confirmed).isEqualTo(50);
        assertThat(api.stock(scarce)).isZero();
    }

    @Test
    @Order(7)
    void twoHundredConcurrentSyncOrdersForFiftyInStockAreFiftyCreatedAndTheRestRefusedForLackOfStock() {
        var scarce = stockedProduct("Signed edition", "books", "30.00", 50);

        var answers = client.placeConcurrently(200, 50, () -> client.placeOrder(alice, scarce, 1, "SYNC"));

        var statuses = answers.stream()
                .collect(Collectors.groupingBy(answer -> answer.status().value(), TreeMap::new, Collectors.counting()));
        var failures = answers.stream()
                .filter(answer -> answer.status().is5xxServerError())
                .map(answer -> answer.body().path("detail").asString())
                .collect(Collectors.groupingBy(detail -> detail, TreeMap::new, Collectors.counting()));
        System.out.println("200 concurrent sync orders for 50 in stock: " + statuses + ", 5xx details " + failures);
        assertThat(statuses).as("statuses; 5xx details " + failures).isEqualTo(Map.of(201, 50L, 409, 150L));
        assertThat(answers)
                .filteredOn(answer -> answer.status().value() == 201)
                .allSatisfy(created ->
                        assertThat(created.body().get("status").asString()).isEqualTo("CONFIRMED"));
        assertThat(answers).filteredOn(answer -> answer.status().value() == 409).allSatisfy(refused -> {
            assertThat(refused.body().get("dependency").asString()).isEqualTo("inventory");
            assertThat(refused.body().get("orderStatus").asString()).isEqualTo("REJECTED");
        });
        assertThat(api.stock(scarce)).isZero();
        var payments = answers.stream()
                .flatMap(answer -> StreamSupport.stream(
                        api.get(ShopService.PAYMENT, "/api/payments?orderId=" + answer.orderId())
                                .spliterator(),
                        false))
                .toList();
        assertThat(payments)
                .hasSize(50)
                .allSatisfy(
                        payment -> assertThat(payment.get("status").asString()).isEqualTo("CAPTURED"));
    }

    @Test
    @Order(8)
    void syncOrderWithPaymentDownFailsFastNamingPaymentAndGivesTheStockBack() {
        var stockBefore = api.stock(book);
        shop.stop(ShopService.PAYMENT);
        try {
            long started = System.nanoTime();
            var answer = client.placeOrder(alice, book, 1, "SYNC");
            var elapsed = Duration.ofNanos(System.nanoTime() - started);

            assertThat(answer.status().value()).isEqualTo(503);
            assertThat(answer.body().get("dependency").asString()).isEqualTo("payment");
            // no hang on a dead service: the bound is wide, seven processes share a loaded machine
            assertThat(elapsed).isLessThan(Duration.ofSeconds(30));
            assertThat(api.stock(book)).isEqualTo(stockBefore);
        } finally {
            shop.restart(ShopService.PAYMENT);
        }
    }

    @Test
    @Order(9)
    void queryAnswersOrderHistoryWithEveryOtherServiceStopped() {
        awaitHistorySize(alice, 1);
        for (var service : ShopService.values()) {
            if (service != ShopService.QUERY) {
                shop.stop(service);
            }
        }

        var history = client.history(alice);

        var orders = orders(history);
        assertThat(orders).isNotEmpty();
        var first = orders.getFirst();
        assertThat(first.get("lines").get(0).get("productName").asString()).isNotBlank();
        assertThat(first.get("status").asString()).isNotBlank();
    }

    private static UUID stockedProduct(String name, String category, String price, int stock) {
        var productId = api.createProduct(name, category);
        api.setPrice(productId, new BigDecimal(price));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> api.setStock(productId, stock));
        return productId;
    }

    private static void awaitStatus(UUID orderId, OrderStatus status) {
        awaitStatus(orderId, status, Duration.ofSeconds(60));
    }

    private static void awaitStatus(UUID orderId, OrderStatus status, Duration atMost) {
        await().atMost(atMost)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> client.orderStatus(orderId), status::equals);
    }

    private static tools.jackson.databind.JsonNode awaitHistoryShows(UUID orderId, String status) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> client.history(alice),
                        history -> orders(history).stream()
                                .anyMatch(order -> order.get("orderId")
                                                .asString()
                                                .equals(orderId.toString())
                                        && order.get("status").asString().equals(status)));
    }

    private static void awaitHistorySize(UUID userId, int atLeast) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> orders(client.history(userId)).size() >= atLeast);
    }

    private static List<Message> awaitEventsOf(UUID orderId, String lastRoutingKey) {
        var seen = new ArrayList<Message>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            seen.addAll(events.drain());
            return seen.stream()
                    .anyMatch(m ->
                            m.getMessageProperties().getReceivedRoutingKey().equals(lastRoutingKey)
                                    && new String(m.getBody()).contains(orderId.toString()));
        });
        return seen.stream()
                .filter(m -> new String(m.getBody()).contains(orderId.toString()))
                .toList();
    }

    /** The history is a list of orders, or a page with them under {@code orders}. */
    private static List<tools.jackson.databind.JsonNode> orders(tools.jackson.databind.JsonNode history) {
        var list = history.isArray() ? history : history.get("orders");
        return StreamSupport.stream(list.spliterator(), false).toList();
    }
}
