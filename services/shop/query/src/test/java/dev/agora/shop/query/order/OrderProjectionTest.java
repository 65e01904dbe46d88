package dev.agora.shop.query.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.PricedLine;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.PaymentStatus;
import dev.agora.shop.contracts.events.OrderCancelled;
import dev.agora.shop.contracts.events.OrderConfirmed;
import dev.agora.shop.contracts.events.OrderCreated;
import dev.agora.shop.contracts.events.OrderExpired;
import dev.agora.shop.contracts.events.OrderPriced;
import dev.agora.shop.contracts.events.PaymentCreated;
import dev.agora.shop.contracts.events.PaymentRefunded;
import dev.agora.shop.contracts.events.StockRejected;
import dev.agora.shop.query.readmodel.Subscription;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The projection's merge rules on real contract events, with the store kept in memory. */
class OrderProjectionTest {

    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID KEYBOARD = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID PAYMENT = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final List<PricedLine> PRICED_LINES = List.of(new PricedLine(
            KEYBOARD,
            2,
            new BigDecimal("49.9"),
            new BigDecimal("0.20"),
            new BigDecimal("19.96"),
            new BigDecimal("119.76")));
    private static final BigDecimal TOTAL = new BigDecimal("119.76");

    private static final Delivery CREATED = new Delivery(
            "order.created",
            new OrderCreated(ORDER, USER, List.of(new OrderLine(KEYBOARD, 2)), OrderMode.ASYNC, T0),
            T0);
    private static final Delivery PRICED = new Delivery(
            "order.priced",
            new OrderPriced(ORDER, USER, PRICED_LINES, new BigDecimal("99.80"), new BigDecimal("19.96"), TOTAL, "EUR"),
            T0.plusSeconds(2));
    private static final Delivery PAID = new Delivery(
            "payment.created", new PaymentCreated(PAYMENT, ORDER, TOTAL, "EUR", "sandbox-1"), T0.plusSeconds(3));
    private static final Delivery CONFIRMED = new Delivery(
            "order.confirmed", new OrderConfirmed(ORDER, USER, PAYMENT, PRICED_LINES, TOTAL, "EUR"), T0.plusSeconds(4));

    private final Map<UUID, ProjectedOrder> stored = new HashMap<>();
    private final OrderStore store = mock(OrderStore.class);
    private final OrderProjection projection = new OrderProjection(store);

    @BeforeEach
    @SuppressWarnings("unchecked")
    void keepOrdersInMemoryAsTheStoreDoes() {
        doAnswer(call -> {
                    UUID orderId = call.getArgument(0);
                    Instant at = call.getArgument(1);
                    UnaryOperator<ProjectedOrder> change = call.getArgument(2);
                    var known = stored.getOrDefault(orderId, ProjectedOrder.firstSeen(orderId, at));
                    stored.put(orderId, change.apply(known.seenAt(at)));
                    return null;
                })
                .when(store)
                .update(any(), any(), any());
    }

    @Test
    void confirmedOrderHasItsFinalLinesPaymentAndPlacement() {
        var order = project(List.of(CREATED, PRICED, PAID, CONFIRMED));

        assertThat(order.outcome()).isEqualTo(new Outcome(OrderStatus.CONFIRMED, T0.plusSeconds(4), null));
        assertThat(order.placement()).isEqualTo(new Placement(USER, OrderMode.ASYNC, T0));
        assertThat(order.pricing().source()).isEqualTo(LineSource.CONFIRMED);
        assertThat(order.pricing().lines())
                .containsExactly(new ProjectedLine(
                        KEYBOARD, 2, new BigDecimal("49.90"), new BigDecimal("19.96"), new BigDecimal("119.76")));
        assertThat(order.pricing().total()).isEqualTo(TOTAL);
        assertThat(order.payment()).isEqualTo(new Payment(PAYMENT, PaymentStatus.CAPTURED));
        assertThat(order.failure()).isNull();
    }

    @Test
    void everyArrivalOrderOfAConfirmedOrdersEventsEndsInTheSameState() {
        assertEveryArrivalOrderEndsLike(List.of(CREATED, PRICED, PAID, CONFIRMED));
    }

    @Test
    void everyArrivalOrderOfACancelledOrdersEventsEndsInTheSameState() {
        var rejected = new Delivery("stock.rejected", new StockRejected(ORDER, KEYBOARD, 2, 1), T0.plusSeconds(1));
        var cancelled = new Delivery("order.cancelled", new OrderCancelled(ORDER, "out of stock"), T0.plusSeconds(2));

        var order = assertEveryArrivalOrderEndsLike(List.of(CREATED, rejected, cancelled));

        assertThat(order.outcome()).isEqualTo(new Outcome(OrderStatus.CANCELLED, T0.plusSeconds(2), "out of stock"));
        assertThat(order.failure())
                .isEqualTo(new Failure(
                        "insufficient stock of product " + KEYBOARD + ": 2 requested, 1 available", T0.plusSeconds(1)));
        assertThat(order.pricing().source()).isEqualTo(LineSource.ORDERED);
    }

    @Test
    void orderExpiredBeforeItsLatePaymentStaysExpiredAndRefundedInEveryArrivalOrder() {
        var expired = new Delivery("order.expired", new OrderExpired(ORDER), T0.plusSeconds(3));
        var latePayment = new Delivery(
                "payment.created", new PaymentCreated(PAYMENT, ORDER, TOTAL, "EUR", "sandbox-2"), T0.plusSeconds(4));
        var refund =
                new Delivery("payment.refunded", new PaymentRefunded(PAYMENT, ORDER, TOTAL, "EUR"), T0.plusSeconds(5));

        var order = assertEveryArrivalOrderEndsLike(List.of(CREATED, PRICED, expired, latePayment, refund));

        assertThat(order.outcome())
                .isEqualTo(new Outcome(OrderStatus.EXPIRED, T0.plusSeconds(3), OrderProjection.EXPIRED_REASON));
        assertThat(order.payment()).isEqualTo(new Payment(PAYMENT, PaymentStatus.REFUNDED));
        assertThat(order.pricing().source()).isEqualTo(LineSource.PRICED);
    }

    @Test
    void everyEventDeliveredTwiceChangesNothing() {
        var once = project(List.of(CREATED, PRICED, PAID, CONFIRMED));

        var twice = project(List.of(CREATED, CONFIRMED, PRICED, CREATED, PAID, CONFIRMED, PAID, PRICED));

        assertThat(twice).isEqualTo(once);
    }

    @Test
    void pricesArrivingBeforeTheOrderAreKeptAndTheOrderFillsInWhoAndWhen() {
        var order = project(List.of(PRICED, CREATED));

        assertThat(order.pricing().source()).isEqualTo(LineSource.PRICED);
        assertThat(order.pricing().lines().getFirst().unitPrice()).isEqualTo(new BigDecimal("49.90"));
        assertThat(order.placement()).isEqualTo(new Placement(USER, OrderMode.ASYNC, T0));
    }

    @Test
    void orderIsPlacedInTheHistoryAtItsOldestEventUntilOrderCreatedArrives() {
        var beforeCreated = project(List.of(PAID, PRICED));

        assertThat(beforeCreated.firstSeenAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(beforeCreated.placement().createdAt()).isNull();
        assertThat(beforeCreated.placement().userId()).isEqualTo(USER);
    }

    @Test
    void theEarlierOfTwoFinalStatusesWinsWhicheverArrivesLast() {
        var expired = new Delivery("order.expired", new OrderExpired(ORDER), T0.plusSeconds(9));

        assertThat(project(List.of(CONFIRMED, expired)).outcome().status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(project(List.of(expired, CONFIRMED)).outcome().status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    /** Returns the state all permutations end in, after checking they all end in it. */
    private ProjectedOrder assertEveryArrivalOrderEndsLike(List<Delivery> inOrder) {
        var expected = project(inOrder);
        for (var arrival : permutations(inOrder)) {
            assertThat(project(arrival)).as("arrival order %s", arrival).isEqualTo(expected);
        }
        return expected;
    }

    private ProjectedOrder project(List<Delivery> deliveries) {
        stored.clear();
        for (var delivery : deliveries) {
            var subscription = projection.subscriptions().stream()
                    .filter(candidate -> candidate.routingKey().equals(delivery.routingKey()))
                    .findFirst()
                    .orElseThrow();
            deliver(subscription, delivery);
        }
        return stored.get(ORDER);
    }

    private static <T> void deliver(Subscription<T> subscription, Delivery delivery) {
        subscription.applier().apply(subscription.type().cast(delivery.event()), delivery.at());
    }

    private static List<List<Delivery>> permutations(List<Delivery> deliveries) {
        if (deliveries.size() <= 1) return List.of(deliveries);
        var all = new ArrayList<List<Delivery>>();
        for (int i = 0; i < deliveries.size(); i++) {
            var rest = new ArrayList<>(deliveries);
            var first = rest.remove(i);
            for (var tail : permutations(rest)) {
                var permutation = new ArrayList<Delivery>();
                permutation.add(first);
                permutation.addAll(tail);
                all.add(permutation);
            }
        }
        return all;
    }

    private record Delivery(String routingKey, Object event, Instant at) {
        @Override
        public String toString() {
            return routingKey;
        }
    }
}
