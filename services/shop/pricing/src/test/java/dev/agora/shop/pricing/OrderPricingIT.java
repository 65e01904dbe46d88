package dev.agora.shop.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.test.PublishedEvents;
import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.PricedLine;
import dev.agora.shop.contracts.events.OrderCreated;
import dev.agora.shop.contracts.events.OrderPriced;
import dev.agora.shop.contracts.events.OrderPricingFailed;
import dev.agora.shop.contracts.events.ProductCreated;
import dev.agora.shop.contracts.events.StockReserved;
import dev.agora.shop.contracts.events.UserCreated;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Pricing's step of the order saga on the real broker and database: the copies arrive as the other services
 * publish them, stock.reserved comes in, order.priced or order.pricing.failed goes out.
 */
@SpringBootTest(properties = {"agora.messaging.retry.delays=200ms", "agora.messaging.retry.max-attempts=100"})
class OrderPricingIT extends RunningPricingService {

    private PublishedEvents out;

    private final UUID ann = UUID.randomUUID();
    private final UUID order = UUID.randomUUID();
    private final UUID book = UUID.randomUUID();
    private final UUID toy = UUID.randomUUID();

    @BeforeEach
    void watchPricingsOutcomesAndRetries() {
        out = PublishedEvents.subscribe(rabbit, json, "order.priced", "order.pricing.failed")
                .alsoFrom("pricing_delayed_in_x", "stock.reserved.#");
    }

    @Test
    void reservedOrderIsPricedWithTheTaxOfEachProductsCategoryInTheBuyersCountry() {
        publish(product(book, "books"), product(toy, "toys"), user(ann, "FR"));
        setPrice(book, "12.50");
        setPrice(toy, "19.99");
        var lines = List.of(new OrderLine(book, 2), new OrderLine(toy, 3));

        publish(orderCreated(lines), new StockReserved(order, lines));

        var priced = awaitPriced();
        assertThat(priced.userId()).isEqualTo(ann);
        assertThat(priced.lines())
                .containsExactly(
                        new PricedLine(book, 2, money("12.50"), new BigDecimal("0.055"), money("1.38"), money("26.38")),
                        new PricedLine(toy, 3, money("19.99"), new BigDecimal("0.2"), money("11.99"), money("71.96")));
        assertThat(priced.subtotal()).isEqualTo(money("84.97"));
        assertThat(priced.tax()).isEqualTo(money("13.37"));
        assertThat(priced.total()).isEqualTo(money("98.34"));
        assertThat(priced.currency()).isEqualTo("EUR");
    }

    @Test
    void orderWithAProductWithoutPriceFailsPricingNamingTheProduct() {
        publish(product(book, "books"), product(toy, "toys"), user(ann, "FR"));
        setPrice(book, "12.50");
        var lines = List.of(new OrderLine(book, 1), new OrderLine(toy, 1));

        publish(orderCreated(lines), new StockReserved(order, lines));

        await().atMost(PATIENCE).until(() -> !failures().isEmpty());
        assertThat(failures().getFirst().reason()).contains(toy.toString());
        assertThat(pricings()).isEmpty();
    }

    @Test
    void stockReservedBeforeTheBuyerIsKnownIsRetriedUntilItIsPriced() {
        publish(product(book, "books"));
        setPrice(book, "10.00");
        var lines = List.of(new OrderLine(book, 1));
        publish(orderCreated(lines), new StockReserved(order, lines));

        await().atMost(PATIENCE).until(this::stockReservationWasRetried);
        assertThat(pricings()).isEmpty();

        publish(user(ann, "DE"));

        var priced = awaitPriced();
        assertThat(priced.tax()).isEqualTo(money("0.70")); // books in DE: 7 %
        assertThat(priced.total()).isEqualTo(money("10.70"));
    }

    @Test
    void orderReservedTwiceIsPricedOnce() {
        publish(product(book, "books"), user(ann, "FR"));
        setPrice(book, "10.00");
        var lines = List.of(new OrderLine(book, 1));

        publish(orderCreated(lines), new StockReserved(order, lines), new StockReserved(order, lines));

        awaitPriced();
        await().atMost(PATIENCE).until(() -> handledStockReservations() == 2);
        assertThat(pricings()).hasSize(1);
    }

    private OrderPriced awaitPriced() {
        await().atMost(PATIENCE).until(() -> !pricings().isEmpty());
        return pricings().getFirst();
    }

    private List<OrderPriced> pricings() {
        return out.of(
                "order.priced", OrderPriced.class, priced -> priced.orderId().equals(order));
    }

    private List<OrderPricingFailed> failures() {
        return out.of(
                "order.pricing.failed",
                OrderPricingFailed.class,
                failed -> failed.orderId().equals(order));
    }

    private boolean stockReservationWasRetried() {
        return out.received().stream()
                .filter(retry -> retry.routingKey().equals("stock.reserved.200ms"))
                .anyMatch(retry -> retry.data().get("orderId").asString().equals(order.toString()));
    }

    /** The stock.reserved messages of this order that went through pricing's inbox. */
    private int handledStockReservations() {
        return servers.jdbc().queryForObject("""
                        SELECT count(*) FROM agora_outbox o JOIN agora_inbox i ON i.message_id = o.message_id
                        WHERE o.event_name = 'stock.reserved' AND convert_from(o.body, 'UTF8') LIKE ?""", Integer.class, "%" + order + "%");
    }

    private OrderCreated orderCreated(List<OrderLine> lines) {
        return new OrderCreated(order, ann, lines, OrderMode.ASYNC, Instant.now());
    }

    private static ProductCreated product(UUID productId, String category) {
        return new ProductCreated(productId, "product " + productId, "", category);
    }

    private static UserCreated user(UUID userId, String country) {
        return new UserCreated(userId, "Ann", "ann@example.org", country);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
