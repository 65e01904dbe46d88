package dev.agora.shop.inventory.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.Envelope;
import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.events.OrderCancelled;
import dev.agora.shop.contracts.events.OrderConfirmed;
import dev.agora.shop.contracts.events.OrderCreated;
import dev.agora.shop.contracts.events.OrderExpired;
import dev.agora.shop.inventory.RunningInventoryService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Inventory's part in the asynchronous order saga, driven by the order service's events on the broker. */
class OrderSagaIT extends RunningInventoryService {

    private static final UUID USER = UUID.randomUUID();

    @Test
    void asyncOrderIsReservedWithStockReservedAndTheSeedsInventoryUpdatedPerLine() {
        var lamp = stockroom.productWithStock(5);
        var desk = stockroom.productWithStock(3);
        var order = UUID.randomUUID();

        orderCreated(order, OrderMode.ASYNC, new OrderLine(lamp, 2), new OrderLine(desk, 3));

        await().atMost(WAIT)
                .until(() -> !traffic.published("stock.reserved", order).isEmpty());
        var reserved = traffic.published("stock.reserved", order).getFirst();
        assertThat(reserved.get("lines").size()).isEqualTo(2);
        await().atMost(WAIT)
                .until(() -> traffic.published("inventory.updated", order).size() == 2);
        var lampUpdate = traffic.published(
                        "inventory.updated",
                        data -> data.get("productId").asString().equals(lamp.toString()))
                .getLast();
        assertThat(json.writeValueAsString(lampUpdate))
                .isEqualTo(json.writeValueAsString(json.readTree("""
                {"action": "inventoryUpdated", "productId": "%s",
                 "payload": {"quantity": -2, "available": 3, "orderId": "%s"}}
                """.formatted(lamp, order))));
        assertThat(stockroom.available(lamp)).isEqualTo(3);
        assertThat(stockroom.available(desk)).isZero();
        assertThat(stockroom.reserved(desk)).isEqualTo(3);
        assertThat(statusOf(order)).isEqualTo("RESERVED");
    }

    @Test
    void asyncOrderLackingStockIsRejectedNamingTheProductWithNothingTaken() {
        var plenty = stockroom.productWithStock(5);
        var scarce = stockroom.productWithStock(1);
        var order = UUID.randomUUID();

        orderCreated(order, OrderMode.ASYNC, new OrderLine(plenty, 2), new OrderLine(scarce, 2));

        await().atMost(WAIT)
                .until(() -> !traffic.published("stock.rejected", order).isEmpty());
        assertThat(json.writeValueAsString(
                        traffic.published("stock.rejected", order).getFirst()))
                .isEqualTo(json.writeValueAsString(json.readTree("""
                        {"orderId": "%s", "productId": "%s", "requested": 2, "available": 1}
                        """.formatted(order, scarce))));
        assertThat(traffic.published("stock.reserved", order)).isEmpty();
        assertThat(traffic.published("inventory.updated", order)).isEmpty();
        assertThat(stockroom.available(plenty)).isEqualTo(5);
        assertThat(stockroom.available(scarce)).isEqualTo(1);
        assertThat(statusOf(order)).isEqualTo("REJECTED");
    }

    @Test
    void syncOrderCreatedIsIgnoredSinceItsStockWasReservedOverHttp() {
        var product = stockroom.productWithStock(5);
        var order = UUID.randomUUID();

        var created = orderCreated(order, OrderMode.SYNC, new OrderLine(product, 2));

        awaitProcessed(created);
        assertThat(stockroom.available(product)).isEqualTo(5);
        http.get()
                .uri("/api/reservations/{id}", order)
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(traffic.published("stock.reserved", order)).isEmpty();
    }

    @Test
    void orderCancelledReleasesExactlyOnceEvenWhenDeliveredTwice() {
        var product = stockroom.productWithStock(5);
        var order = reservedOrder(product, 4);

        var cancelled = traffic.send("order", "order.cancelled", new OrderCancelled(order, "payment failed"));
        traffic.sendAgain(cancelled);
        var announcedAgain = traffic.send("order", "order.cancelled", new OrderCancelled(order, "payment failed"));

        awaitProcessed(cancelled); // competing consumers: either may be handled last
        awaitProcessed(announcedAgain);
        assertThat(stockroom.available(product)).isEqualTo(5);
        assertThat(stockroom.reserved(product)).isZero();
        assertThat(statusOf(order)).isEqualTo("RELEASED");
        await().atMost(WAIT)
                .until(() -> traffic.published("stock.released", order).size() == 1);
        await().atMost(WAIT)
                .until(() -> traffic.published("inventory.updated", order).stream()
                        .anyMatch(data -> data.at("/payload/quantity").asInt() == 4));
        await().during(Duration.ofSeconds(1))
                .until(() -> traffic.published("stock.released", order).size() == 1);
    }

    @Test
    void orderExpiredReleasesTheStock() {
        var product = stockroom.productWithStock(2);
        var order = reservedOrder(product, 2);

        traffic.send("order", "order.expired", new OrderExpired(order));

        await().atMost(WAIT).until(() -> stockroom.available(product) == 2);
        assertThat(statusOf(order)).isEqualTo("RELEASED");
        await().atMost(WAIT)
                .until(() -> traffic.published("stock.released", order).size() == 1);
    }

    @Test
    void confirmedOrderKeepsItsStockEvenWhenItExpiresLater() {
        var product = stockroom.productWithStock(3);
        var order = reservedOrder(product, 1);

        traffic.send(
                "order",
                "order.confirmed",
                new OrderConfirmed(order, USER, UUID.randomUUID(), List.of(), new BigDecimal("9.99"), "EUR"));
        await().atMost(WAIT).until(() -> "CONFIRMED".equals(statusOf(order)));
        awaitProcessed(traffic.send("order", "order.expired", new OrderExpired(order)));

        assertThat(statusOf(order)).isEqualTo("CONFIRMED");
        assertThat(stockroom.available(product)).isEqualTo(2);
        assertThat(stockroom.reserved(product)).isZero();
        assertThat(traffic.published("stock.released", order)).isEmpty();
    }

    @Test
    void orderThatExpiredBeforeItsCreationWasHandledTakesNoStock() {
        var product = stockroom.productWithStock(3);
        var order = UUID.randomUUID();

        awaitProcessed(traffic.send("order", "order.expired", new OrderExpired(order)));
        awaitProcessed(orderCreated(order, OrderMode.ASYNC, new OrderLine(product, 1)));

        assertThat(stockroom.available(product)).isEqualTo(3);
        assertThat(statusOf(order)).isEqualTo("RELEASED");
        assertThat(traffic.published("stock.reserved", order)).isEmpty();
    }

    private UUID reservedOrder(UUID product, int quantity) {
        var order = UUID.randomUUID();
        orderCreated(order, OrderMode.ASYNC, new OrderLine(product, quantity));
        await().atMost(WAIT).until(() -> "RESERVED".equals(statusOf(order)));
        return order;
    }

    private Envelope orderCreated(UUID order, OrderMode mode, OrderLine... lines) {
        return traffic.send(
                "order", "order.created", new OrderCreated(order, USER, List.of(lines), mode, Instant.now()));
    }

    /** The message's handler committed: inventory's inbox holds its id. */
    private void awaitProcessed(Envelope envelope) {
        await().atMost(WAIT)
                .until(() -> servers.jdbc()
                                .queryForObject(
                                        "SELECT count(*) FROM agora_inbox WHERE message_id = ?",
                                        Integer.class,
                                        envelope.uuid().toString())
                        == 1);
    }

    private String statusOf(UUID order) {
        var response =
                http.get().uri("/api/reservations/{id}", order).exchange().returnResult(String.class);
        return response.getStatus().value() == 404
                ? "NONE"
                : json.readTree(response.getResponseBody()).get("status").asString();
    }
}
