package dev.agora.shop.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.PricedLine;
import dev.agora.shop.contracts.events.InventoryUpdated;
import dev.agora.shop.contracts.events.OrderCancelled;
import dev.agora.shop.contracts.events.OrderConfirmed;
import dev.agora.shop.contracts.events.OrderCreated;
import dev.agora.shop.contracts.events.OrderPriced;
import dev.agora.shop.contracts.events.PaymentCreated;
import dev.agora.shop.contracts.events.PriceChanged;
import dev.agora.shop.contracts.events.ProductCreated;
import dev.agora.shop.contracts.events.StockRejected;
import dev.agora.shop.contracts.events.UserCreated;
import dev.agora.shop.query.ShopEvents.Step;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * One user's shopping, as the shop's services publish it, with fresh ids each time: an asynchronous order that
 * is confirmed, one cancelled for lack of stock, and a synchronous one.
 */
final class ShopStory {

    final UUID user = UUID.randomUUID();
    final UUID keyboard = UUID.randomUUID();
    final UUID mug = UUID.randomUUID();
    final UUID confirmedOrder = UUID.randomUUID();
    final UUID rejectedOrder = UUID.randomUUID();
    final UUID syncOrder = UUID.randomUUID();
    final UUID payment = UUID.randomUUID();
    final UUID syncPayment = UUID.randomUUID();
    private final Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);

    /** The events in the order they happened. */
    List<Step> steps() {
        var keyboardLine =
                new PricedLine(keyboard, 2, money("49.90"), new BigDecimal("0.20"), money("19.96"), money("119.76"));
        var mugLine = new PricedLine(mug, 1, money("8.50"), new BigDecimal("0.20"), money("1.70"), money("10.20"));
        var asyncLines = List.of(new OrderLine(keyboard, 2), new OrderLine(mug, 1));
        return List.of(
                step("user", new UserCreated(user, "Ada Lovelace", "ada@example.org", "FR"), 0),
                step("product", new ProductCreated(keyboard, "Keyboard", "Full size", "electronics"), 1),
                step("product", new ProductCreated(mug, "Mug", "Stoneware", "kitchen"), 2),
                step("pricing", new PriceChanged(keyboard, money("49.90"), "EUR"), 3),
                step("pricing", new PriceChanged(mug, money("8.50"), "EUR"), 4),
                step("inventory", InventoryUpdated.of(keyboard, 10, 10, null), 5),
                step("inventory", InventoryUpdated.of(mug, 5, 5, null), 6),
                step("order", new OrderCreated(confirmedOrder, user, asyncLines, OrderMode.ASYNC, at(10)), 10),
                step("inventory", InventoryUpdated.of(keyboard, -2, 8, confirmedOrder), 11),
                step("inventory", InventoryUpdated.of(mug, -1, 4, confirmedOrder), 12),
                step(
                        "pricing",
                        new OrderPriced(
                                confirmedOrder,
                                user,
                                List.of(keyboardLine, mugLine),
                                money("108.30"),
                                money("21.66"),
                                money("129.96"),
                                "EUR"),
                        13),
                step("payment", new PaymentCreated(payment, confirmedOrder, money("129.96"), "EUR", "sandbox-1"), 14),
                step(
                        "order",
                        new OrderConfirmed(
                                confirmedOrder, user, payment, List.of(keyboardLine, mugLine), money("129.96"), "EUR"),
                        15),
                step(
                        "order",
                        new OrderCreated(rejectedOrder, user, List.of(new OrderLine(mug, 10)), OrderMode.ASYNC, at(20)),
                        20),
                step("inventory", new StockRejected(rejectedOrder, mug, 10, 4), 21),
                step("order", new OrderCancelled(rejectedOrder, "insufficient stock"), 22),
                step("inventory", InventoryUpdated.of(mug, -1, 3, syncOrder), 29),
                step(
                        "order",
                        new OrderCreated(syncOrder, user, List.of(new OrderLine(mug, 1)), OrderMode.SYNC, at(30)),
                        30),
                step(
                        "order",
                        new OrderConfirmed(syncOrder, user, syncPayment, List.of(mugLine), money("10.20"), "EUR"),
                        31));
    }

    Instant at(int seconds) {
        return start.plusSeconds(seconds);
    }

    /** The user's history shows all three orders, newest first, with names, prices, payment and status. */
    void assertHistoryShown(RestTestClient http, String keyboardName) {
        history(http, "")
                .jsonPath("$.orders[*].orderId")
                .isEqualTo(List.of(syncOrder.toString(), rejectedOrder.toString(), confirmedOrder.toString()))
                .jsonPath("$.orders[0].status")
                .isEqualTo("CONFIRMED")
                .jsonPath("$.orders[0].mode")
                .isEqualTo("SYNC")
                .jsonPath("$.orders[0].total")
                .isEqualTo(10.2)
                .jsonPath("$.orders[0].paymentId")
                .isEqualTo(syncPayment.toString())
                .jsonPath("$.orders[1].status")
                .isEqualTo("CANCELLED")
                .jsonPath("$.orders[1].reason")
                .isEqualTo("insufficient stock")
                .jsonPath("$.orders[1].lines[0].productName")
                .isEqualTo("Mug")
                .jsonPath("$.orders[1].lines[0].quantity")
                .isEqualTo(10)
                .jsonPath("$.orders[1].total")
                .doesNotExist()
                .jsonPath("$.orders[2].status")
                .isEqualTo("CONFIRMED")
                .jsonPath("$.orders[2].mode")
                .isEqualTo("ASYNC")
                .jsonPath("$.orders[2].createdAt")
                .isEqualTo(at(10).toString())
                .jsonPath("$.orders[2].lines[*].productName")
                .isEqualTo(List.of(keyboardName, "Mug"))
                .jsonPath("$.orders[2].lines[0].quantity")
                .isEqualTo(2)
                .jsonPath("$.orders[2].lines[0].unitPrice")
                .isEqualTo(49.9)
                .jsonPath("$.orders[2].lines[0].lineTotal")
                .isEqualTo(119.76)
                .jsonPath("$.orders[2].subtotal")
                .isEqualTo(108.3)
                .jsonPath("$.orders[2].tax")
                .isEqualTo(21.66)
                .jsonPath("$.orders[2].total")
                .isEqualTo(129.96)
                .jsonPath("$.orders[2].currency")
                .isEqualTo("EUR")
                .jsonPath("$.orders[2].paymentStatus")
                .isEqualTo("CAPTURED")
                .jsonPath("$.orders[2].paymentId")
                .isEqualTo(payment.toString());
    }

    /** Both products with their price and the stock left after the three orders. */
    void assertCatalogueShown(RestTestClient http) {
        assertThat(bodyOf(http, "/api/products/{productId}", keyboard))
                .contains("\"unitPrice\":49.90", "\"available\":8", "\"category\":\"electronics\"");
        http.get()
                .uri("/api/products/{productId}", mug)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("Mug")
                .jsonPath("$.unitPrice")
                .isEqualTo(8.5)
                .jsonPath("$.currency")
                .isEqualTo("EUR")
                .jsonPath("$.available")
                .isEqualTo(3);
    }

    /** A page of the user's history ({@code query} chooses it), which counts all three orders. */
    RestTestClient.BodyContentSpec history(RestTestClient http, String query) {
        return http.get()
                .uri("/api/users/{userId}/orders" + query, user)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.totalOrders")
                .isEqualTo(3);
    }

    /** The text of a successful answer. */
    static String bodyOf(RestTestClient http, String uri, Object... uriVariables) {
        return http.get()
                .uri(uri, uriVariables)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private Step step(String sender, Object event, int seconds) {
        return new Step(sender, event, at(seconds));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
