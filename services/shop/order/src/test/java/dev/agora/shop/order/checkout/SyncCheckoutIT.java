package dev.agora.shop.order.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.contracts.PricedLine;
import dev.agora.shop.contracts.api.Payment;
import dev.agora.shop.contracts.api.Quote;
import dev.agora.shop.contracts.api.Reservation;
import dev.agora.shop.order.OrderApi;
import dev.agora.shop.order.ShopEvents;
import dev.agora.shop.order.checkout.FakeService.Call;
import dev.agora.shop.order.checkout.FakeService.Reply;
import dev.agora.shop.testing.SharedAuth;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The synchronous order over real HTTP, against inventory, pricing and payment stood up by this test at their
 * real interfaces (JDK HttpServers), with the real broker and database behind the order service.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            // long enough that no answer of a loaded machine is taken for a timeout by the fail-fast tests
            "agora.service-calls.response-timeout=10s",
            "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
            "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
            "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=60s"
        })
@Import(ShopEvents.class)
@DirtiesContext
class SyncCheckoutIT {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);

    static final FakeService inventory = new FakeService(SyncCheckoutIT::reserve);
    static final FakeService pricing = new FakeService(SyncCheckoutIT::quote);
    static final FakeService payment = new FakeService(SyncCheckoutIT::chargeOrRefund);

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SharedAuth.register(registry, "order");
        registry.add("agora.services.inventory", inventory::url);
        registry.add("agora.services.pricing", pricing::url);
        registry.add("agora.services.payment", payment::url);
    }

    @AfterAll
    static void stopServices() {
        inventory.close();
        pricing.close();
        payment.close();
    }

    @Autowired
    ShopEvents shop;

    @Autowired
    JsonMapper json;

    @Autowired
    CircuitBreakerRegistry breakers;

    @LocalServerPort
    int port;

    private OrderApi api;
    private final UUID user = UUID.randomUUID();
    private final UUID book = UUID.randomUUID();

    @BeforeEach
    void freshServices() {
        api = new OrderApi(port, json, SharedAuth.get().operator());
        inventory.reset();
        pricing.reset();
        payment.reset();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void everyCallOfTheCheckoutCarriesTheOrderServicesOwnTokenWithOnlyTheScopesItNeeds() {
        assertThat(api.place(body(), null).statusCode()).isEqualTo(201);

        var keys = NimbusJwtDecoder.withJwkSetUri(SharedAuth.get().url() + "/oauth2/jwks")
                .build();
        var calls = new ArrayList<Call>();
        calls.addAll(inventory.calls("POST"));
        calls.addAll(pricing.calls("POST"));
        calls.addAll(payment.calls("POST"));
        assertThat(calls).hasSize(3).allSatisfy(call -> {
            assertThat(call.authorization()).startsWith("Bearer ");
            var token = keys.decode(call.authorization().substring("Bearer ".length()));
            assertThat(token.getSubject()).isEqualTo("order");
            assertThat(token.getClaimAsStringList("scope"))
                    .containsExactlyInAnyOrder("inventory.reserve", "pricing.quote", "payment.charge");
        });
    }

    @Test
    void aSyncOrderIsReservedPricedPaidAndAnsweredConfirmed() {
        var response = api.place(body(), null);

        assertThat(response.statusCode()).isEqualTo(201);
        var orderId = api.orderIdOf(response);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(api.uri("/api/orders/" + orderId).toString());
        var order = api.body(response);
        assertThat(order.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(order.get("mode").asString()).isEqualTo("SYNC");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("36.00");
        assertThat(order.get("lines").get(0).get("lineTotal").decimalValue()).isEqualByComparingTo("36.00");
        assertThat(order.get("paymentId").asString()).isNotBlank();
        assertThat(order.get("timeline").findValuesAsString("status"))
                .containsExactly("PENDING", "STOCK_RESERVED", "PRICED", "CONFIRMED");
        assertThat(inventory.calls("POST").getFirst().body().get("orderId").asString())
                .isEqualTo(orderId.toString());
        assertThat(pricing.calls("POST").getFirst().body().get("userId").asString())
                .isEqualTo(user.toString());
        assertThat(payment.calls("POST").getFirst().body().get("amount").decimalValue())
                .isEqualByComparingTo("36.00");
        await().atMost(WAIT).until(() -> shop.namesAbout(orderId).size() == 2);
        assertThat(shop.namesAbout(orderId)).containsExactly("order.created", "order.confirmed");
        assertThat(shop.first("order.created", orderId).data().get("mode").asString())
                .isEqualTo("SYNC");
    }

    @Test
    void insufficientStockIsAConflictNamingTheProductAndNothingElseIsCalled() {
        inventory.answer(call -> Reply.json(409, """
                {"title": "Insufficient stock", "status": 409, "detail": "Only 1 of %s left", "productId": "%s",
                 "requested": 3, "available": 1}""".formatted(book, book)));

        var response = api.place(body(), null);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = api.body(response);
        assertThat(problem.get("dependency").asString()).isEqualTo("inventory");
        assertThat(problem.get("productId").asString()).isEqualTo(book.toString());
        assertThat(problem.get("dependencyProblem").get("available").asInt()).isEqualTo(1);
        assertThat(pricing.calls("POST")).isEmpty();
        assertThat(payment.calls("POST")).isEmpty();
        assertThat(inventory.calls("DELETE")).isEmpty();
        var orderId = UUID.fromString(problem.get("orderId").asString());
        assertThat(api.statusOf(orderId)).isEqualTo("REJECTED");
    }

    @Test
    void aPricingRefusalIsUnprocessableAndReleasesTheReservation() {
        pricing.answer(call -> Reply.json(422, """
                {"title": "No price", "status": 422, "detail": "No price for product %s", "productId": "%s"}""".formatted(book, book)));

        var response = api.place(body(), null);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(api.body(response).get("dependency").asString()).isEqualTo("pricing");
        assertThat(api.body(response).get("title").asString()).isEqualTo("No price");
        assertThat(inventory.calls("DELETE")).hasSize(1);
        assertThat(payment.calls("POST")).isEmpty();
    }

    @Test
    void aDeclinedPaymentIsPaymentRequiredAndReleasesTheReservation() {
        payment.answer(call -> Reply.json(402, """
                {"title": "Payment declined by the sandbox provider", "status": 402, "detail": "card declined"}"""));

        var response = api.place(body(), null);

        assertThat(response.statusCode()).isEqualTo(402);
        var problem = api.body(response);
        assertThat(problem.get("dependency").asString()).isEqualTo("payment");
        assertThat(problem.get("detail").asString()).startsWith("payment refused the order: card declined");
        var orderId = UUID.fromString(problem.get("orderId").asString());
        assertThat(inventory.calls("DELETE").getFirst().path()).isEqualTo("/api/reservations/" + orderId);
        assertThat(api.statusOf(orderId)).isEqualTo("REJECTED");
    }

    @Test
    void paymentDownFailsFastWithA503NamingPaymentAndReleasesTheReservation() {
        payment.stop();

        var started = System.nanoTime();
        var response = api.place(body(), null);
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).isEqualTo(503);
        var problem = api.body(response);
        assertThat(problem.get("dependency").asString()).isEqualTo("payment");
        assertThat(problem.get("title").asString()).isEqualTo("Payment unavailable");
        assertThat(took).as("well short of the response timeout").isLessThan(Duration.ofSeconds(8));
        var orderId = UUID.fromString(problem.get("orderId").asString());
        assertThat(inventory.calls("DELETE")).extracting(Call::path).containsExactly("/api/reservations/" + orderId);
        var order = api.order(orderId);
        assertThat(order.get("status").asString()).isEqualTo("REJECTED");
        assertThat(order.get("reason").asString()).isEqualTo("payment is unreachable");
        await().during(Duration.ofSeconds(1))
                .until(() -> shop.namesAbout(orderId).isEmpty());
    }

    @Test
    void aPaymentTooSlowIsAGatewayTimeoutAndTheOrderIsCancelledSoALateChargeIsRefunded() {
        payment.answer(call -> call.path().equals("/api/payments")
                ? charge(call).after(Duration.ofSeconds(12))
                : chargeOrRefund(call));

        var response = api.place(body(), null);

        assertThat(response.statusCode()).isEqualTo(504);
        var problem = api.body(response);
        assertThat(problem.get("dependency").asString()).isEqualTo("payment");
        assertThat(problem.get("orderStatus").asString()).isEqualTo("CANCELLED");
        assertThat(problem.get("refund").asString()).isEqualTo("REFUNDED");
        assertThat(problem.get("detail").asString()).contains("payment refunded");
        var orderId = UUID.fromString(problem.get("orderId").asString());
        assertThat(payment.calls("POST", "/api/payments"))
                .as("a timeout is not retried")
                .hasSize(1);
        assertThat(payment.calls("POST", "/api/refunds"))
                .singleElement()
                .extracting(call -> call.body().get("orderId").asString())
                .isEqualTo(orderId.toString());
        assertThat(inventory.calls("DELETE")).hasSize(1);
        await().atMost(WAIT).until(() -> shop.namesAbout(orderId).contains("order.cancelled"));
        assertThat(shop.first("order.cancelled", orderId).data().get("reason").asString())
                .isEqualTo("payment did not answer in time");
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndThenFailsWithoutCalling() {
        payment.answer(call -> Reply.json(503, """
                {"title": "Payment provider sandbox failed; nothing was charged", "status": 503}"""));
        for (int i = 0; i < 4; i++) {
            assertThat(api.place(body(), null).statusCode()).isEqualTo(503);
        }
        assertThat(payment.calls("POST"))
                .as("no retries of an answer, no refunds of nothing")
                .hasSize(4);

        var started = System.nanoTime();
        var response = api.place(body(), null);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("well short of the response timeout")
                .isLessThan(Duration.ofSeconds(8));
        var problem = api.body(response);
        assertThat(problem.get("dependency").asString()).isEqualTo("payment");
        assertThat(problem.get("detail").asString()).contains("circuit breaker open");
        assertThat(payment.calls("POST")).hasSize(4);
        assertThat(inventory.calls("DELETE")).hasSize(5);
        assertThat(breakers.circuitBreaker("payment").getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void aCallWhoseConnectionBrokeOffBeforeAnAnswerIsSentAgainAndTheOrderIsConfirmed() {
        var hungUp = new AtomicBoolean();
        inventory.answer(call -> hungUp.getAndSet(true) ? reserve(call) : Reply.hangUp());
        payment.answer(call ->
                call.path().equals("/api/payments") && payment.calls("POST").size() == 1
                        ? Reply.hangUp()
                        : chargeOrRefund(call));

        var response = api.place(body(), null);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(inventory.calls("POST")).hasSize(2);
        assertThat(payment.calls("POST", "/api/payments")).hasSize(2);
        assertThat(payment.calls("POST", "/api/refunds")).isEmpty();
        assertThat(breakers.circuitBreaker("inventory").getMetrics().getNumberOfFailedCalls())
                .as("the breaker sees the call once, after it was tried again")
                .isZero();
    }

    @Test
    void aPaymentStillUnderWayFromAnEarlierTryIsRefundedAndTheOrderCancelled() {
        payment.answer(call -> switch (payment.calls("POST", "/api/payments").size()) {
            case 1 -> Reply.hangUp();
            default -> call.path().equals("/api/refunds") ? chargeOrRefund(call) : Reply.json(409, """
                            {"title": "Payment in progress", "status": 409}""");
        });

        var response = api.place(body(), null);

        assertThat(response.statusCode()).isEqualTo(409);
        var problem = api.body(response);
        assertThat(problem.get("dependency").asString()).isEqualTo("payment");
        assertThat(problem.get("orderStatus").asString()).isEqualTo("CANCELLED");
        assertThat(problem.get("refund").asString()).isEqualTo("REFUNDED");
        assertThat(payment.calls("POST", "/api/refunds")).hasSize(1);
    }

    @Test
    void anOrderThatFailsAfterItsChargeIsRefundedAndTheProblemSaysSo() {
        // a total numeric(14,2) cannot hold: storing the confirmed order fails once the payment is captured
        pricing.answer(call -> quote(call, new BigDecimal("9999999999999.99")));

        var response = api.place(body(), null);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = api.body(response);
        assertThat(problem.get("title").asString()).isEqualTo("Order not completed");
        assertThat(problem.get("detail").asString()).contains("was charged", "payment refunded");
        assertThat(problem.get("refund").asString()).isEqualTo("REFUNDED");
        assertThat(problem.get("orderStatus").asString()).isEqualTo("CANCELLED");
        var orderId = UUID.fromString(problem.get("orderId").asString());
        assertThat(payment.calls("POST", "/api/refunds"))
                .singleElement()
                .extracting(call -> call.body().get("orderId").asString())
                .isEqualTo(orderId.toString());
        assertThat(inventory.calls("DELETE")).extracting(Call::path).containsExactly("/api/reservations/" + orderId);
        assertThat(api.statusOf(orderId)).isEqualTo("CANCELLED");
        await().atMost(WAIT).until(() -> shop.namesAbout(orderId).contains("order.cancelled"));
    }

    @Test
    void aRefundPaymentCannotConfirmIsSaidToBePendingAndLeftToOrderCancelled() {
        pricing.answer(call -> quote(call, new BigDecimal("9999999999999.99")));
        payment.answer(call -> call.path().equals("/api/refunds") ? Reply.json(503, """
                        {"title": "Refund pending", "status": 503}""") : chargeOrRefund(call));

        var response = api.place(body(), null);

        assertThat(response.statusCode()).isEqualTo(500);
        var problem = api.body(response);
        assertThat(problem.get("refund").asString()).isEqualTo("PENDING");
        assertThat(problem.get("detail").asString()).contains("refunded as soon as the payment service can");
        var orderId = UUID.fromString(problem.get("orderId").asString());
        await().atMost(WAIT).until(() -> shop.namesAbout(orderId).contains("order.cancelled"));
    }

    @Test
    void aDeadServiceOpensTheCircuitAndIsThenNotCalled() {
        payment.stop();
        for (int i = 0; i < 4; i++) {
            assertThat(api.place(body(), null).statusCode()).isEqualTo(503);
        }

        var problem = api.body(api.place(body(), null));

        assertThat(problem.get("dependency").asString()).isEqualTo("payment");
        assertThat(problem.get("detail").asString()).contains("circuit breaker open");
        assertThat(breakers.circuitBreaker("payment").getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void refusalsDoNotOpenTheCircuit() {
        payment.answer(call -> Reply.json(402, """
                {"title": "Payment declined", "status": 402}"""));

        for (int i = 0; i < 6; i++) {
            assertThat(api.place(body(), null).statusCode()).isEqualTo(402);
        }

        assertThat(payment.calls("POST")).hasSize(6);
        assertThat(breakers.circuitBreaker("payment").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aRepeatUnderTheSameKeyAnswersTheFirstOrderWithoutCallingAnyServiceAgain() {
        var key = "sync-" + UUID.randomUUID();

        var first = api.place(body(), key);
        var repeat = api.place(body(), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(api.orderIdOf(repeat)).isEqualTo(api.orderIdOf(first));
        assertThat(api.body(repeat).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(inventory.calls("POST")).hasSize(1);
        assertThat(payment.calls("POST")).hasSize(1);
    }

    @Test
    void concurrentRequestsUnderTheSameKeyPlaceOneOrder() {
        payment.answer(call -> charge(call).after(Duration.ofMillis(300)));
        var key = "sync-" + UUID.randomUUID();
        var responses = new ArrayList<CompletableFuture<HttpResponse<String>>>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 10; i++) {
                responses.add(CompletableFuture.supplyAsync(() -> api.place(body(), key), threads));
            }
        }
        var statuses = responses.stream().map(r -> r.join().statusCode()).toList();

        assertThat(statuses).containsOnlyOnce(201).isSubsetOf(201, 200, 409);
        assertThat(inventory.calls("POST")).hasSize(1);
        assertThat(payment.calls("POST")).hasSize(1);
        assertThat(servers.jdbc().queryForObject("SELECT count(*) FROM orders WHERE user_id = ?", Integer.class, user))
                .isEqualTo(1);
    }

    @Test
    void aFailedOrderFreesItsKeyForATryAgain() {
        var key = "sync-" + UUID.randomUUID();
        payment.answer(call -> Reply.json(402, """
                {"title": "Payment declined", "status": 402, "detail": "card declined"}"""));
        var declined = api.place(body(), key);
        payment.reset();

        var again = api.place(body(), key);

        assertThat(declined.statusCode()).isEqualTo(402);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(api.orderIdOf(again).toString())
                .isNotEqualTo(api.body(declined).get("orderId").asString());
    }

    private String body() {
        return """
                {"userId": "%s", "lines": [{"productId": "%s", "quantity": 3}], "mode": "SYNC"}""".formatted(user, book);
    }

    private static Reply reserve(Call call) {
        if (call.method().equals("DELETE")) return Reply.noContent();
        var reservation = JSON.convertValue(call.body(), Reservation.class);
        return Reply.json(
                201, JSON.writeValueAsString(new Reservation(reservation.orderId(), reservation.lines(), "RESERVED")));
    }

    /** Every product at 10.00 with 20 % tax. */
    private static Reply quote(Call call) {
        return quote(call, null);
    }

    /** Every product at 10.00 with 20 % tax, or the given total whatever the lines. */
    private static Reply quote(Call call, @Nullable BigDecimal total) {
        var lines = new ArrayList<PricedLine>();
        var subtotal = BigDecimal.ZERO;
        for (var line : call.body().get("lines")) {
            var quantity = line.get("quantity").asInt();
            var net = new BigDecimal("10.00").multiply(BigDecimal.valueOf(quantity));
            var tax = new BigDecimal("2.00").multiply(BigDecimal.valueOf(quantity));
            lines.add(new PricedLine(
                    UUID.fromString(line.get("productId").asString()),
                    quantity,
                    new BigDecimal("10.00"),
                    new BigDecimal("0.20"),
                    tax,
                    net.add(tax)));
            subtotal = subtotal.add(net);
        }
        var tax = subtotal.multiply(new BigDecimal("0.20")).setScale(2);
        return Reply.json(
                200,
                JSON.writeValueAsString(
                        new Quote(lines, subtotal, tax, total != null ? total : subtotal.add(tax), "EUR")));
    }

    /** A charge, or the refund of an order charged before (204 when it was not). */
    private static Reply chargeOrRefund(Call call) {
        if (!call.path().equals("/api/refunds")) return charge(call);
        var orderId = call.body().get("orderId");
        var charged = payment.calls("POST", "/api/payments").stream()
                .filter(charge -> charge.body().get("orderId").equals(orderId))
                .findFirst();
        if (charged.isEmpty()) return Reply.noContent();
        var refunded = JSON.readTree(charge(charged.get()).body());
        ((tools.jackson.databind.node.ObjectNode) refunded).put("status", "REFUNDED");
        return Reply.json(200, JSON.writeValueAsString(refunded));
    }

    private static Reply charge(Call call) {
        var body = call.body();
        return Reply.json(
                201,
                JSON.writeValueAsString(new Payment(
                        UUID.randomUUID(),
                        UUID.fromString(body.get("orderId").asString()),
                        body.get("amount").decimalValue(),
                        body.get("currency").asString(),
                        "CAPTURED",
                        "sandbox-" + UUID.randomUUID())));
    }
}
