package dev.agora.shop.order.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.PricedLine;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.Quote;
import dev.agora.shop.contracts.api.StatusChange;
import dev.agora.shop.contracts.events.OrderCancelled;
import dev.agora.shop.contracts.events.OrderConfirmed;
import dev.agora.shop.contracts.events.OrderCreated;
import dev.agora.shop.contracts.events.OrderExpired;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every move on an order of every mode in every status. A cell is what the order goes through ({@code >} between
 * the statuses of one transition), {@code kept} when the move is kept on the order without a new status, {@code -}
 * when it is ignored (late, duplicate, stale, or not the order's mode).
 */
class OrderTransitionsTest {

    private static final String TABLE = """
            move           mode   PENDING                          STOCK_RESERVED    PRICED     CONFIRMED  CANCELLED  EXPIRED  REJECTED
            reserve        ASYNC  STOCK_RESERVED                   -                 -          -          -          -        -
            reserve        SYNC   -                                -                 -          -          -          -        -
            price          ASYNC  PRICED                           PRICED            -          -          -          -        -
            price          SYNC   -                                -                 -          -          -          -        -
            price-paid     ASYNC  PRICED>CONFIRMED                 PRICED>CONFIRMED  -          -          -          -        -
            price-paid     SYNC   -                                -                 -          -          -          -        -
            pay            ASYNC  kept                             kept              CONFIRMED  -          -          -        -
            pay            SYNC   -                                -                 -          -          -          -        -
            cancel         ASYNC  CANCELLED                        CANCELLED         CANCELLED  -          -          -        -
            cancel         SYNC   -                                -                 -          -          -          -        -
            expire         ASYNC  EXPIRED                          EXPIRED           EXPIRED    -          -          -        -
            expire         SYNC   EXPIRED                          EXPIRED           EXPIRED    -          -          -        -
            complete-sync  ASYNC  -                                -                 -          -          -          -        -
            complete-sync  SYNC   STOCK_RESERVED>PRICED>CONFIRMED  -                 -          -          -          -        -
            reject-sync    ASYNC  -                                -                 -          -          -          -        -
            reject-sync    SYNC   REJECTED                         REJECTED          REJECTED   -          -          -        -
            cancel-sync    ASYNC  -                                -                 -          -          -          -        -
            cancel-sync    SYNC   CANCELLED                        CANCELLED         CANCELLED  -          -          -        -
            """;

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00.123456789Z");
    private static final Instant RESERVED_AT = Instant.parse("2026-11-23T09:00:00.01Z");
    private static final Instant PRICED_AT = Instant.parse("2026-11-23T09:00:00.02Z");
    private static final UUID PRODUCT = UUID.randomUUID();
    private static final UUID PAYMENT = UUID.randomUUID();
    private static final Quote QUOTE = new Quote(
            List.of(new PricedLine(
                    PRODUCT,
                    2,
                    new BigDecimal("10.00"),
                    new BigDecimal("0.20"),
                    new BigDecimal("4.00"),
                    new BigDecimal("24.00"))),
            new BigDecimal("20.00"),
            new BigDecimal("4.00"),
            new BigDecimal("24.00"),
            "EUR");

    private static final Map<String, OrderMove> MOVES = Map.of(
            "reserve", new OrderMove.ReserveStock(),
            "price", new OrderMove.Price(QUOTE),
            "price-paid", new OrderMove.Price(QUOTE),
            "pay", new OrderMove.Pay(PAYMENT),
            "cancel", new OrderMove.Cancel("payment failed: declined"),
            "expire", new OrderMove.Expire("not paid within PT15M"),
            "complete-sync", new OrderMove.CompleteSync(RESERVED_AT, QUOTE, PRICED_AT, PAYMENT),
            "reject-sync", new OrderMove.RejectSync("inventory refused"),
            "cancel-sync", new OrderMove.CancelSync("payment timed out"));

    record Pair(String move, OrderMode mode, OrderStatus status, String expected) {
        @Override
        public String toString() {
            return move + " on " + mode + " " + status + " -> " + expected;
        }
    }

    static Stream<Pair> pairs() {
        var lines = TABLE.strip().lines().toList();
        var statuses = Arrays.stream(lines.getFirst().trim().split("\\s+"))
                .skip(2)
                .map(OrderStatus::valueOf)
                .toList();
        var pairs = new ArrayList<Pair>();
        for (var line : lines.subList(1, lines.size())) {
            var cells = line.trim().split("\\s+");
            for (int i = 0; i < statuses.size(); i++) {
                pairs.add(new Pair(cells[0], OrderMode.valueOf(cells[1]), statuses.get(i), cells[i + 2]));
            }
        }
        return pairs.stream();
    }

    @Test
    void theTableCoversEveryMoveOnEveryModeInEveryStatus() {
        var pairs = pairs().toList();
        var moveTypes = MOVES.values().stream().map(Object::getClass).distinct().toList();

        assertThat(moveTypes).containsExactlyInAnyOrder(OrderMove.class.getPermittedSubclasses());
        assertThat(pairs.stream().map(Pair::move).distinct()).containsExactlyInAnyOrderElementsOf(MOVES.keySet());
        assertThat(pairs)
                .hasSize(MOVES.size() * OrderMode.values().length * OrderStatus.values().length)
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void aMoveDoesWhatTheTableSays(Pair pair) {
        var order = order(pair.mode(), pair.status(), pair.move().equals("price-paid") ? PAYMENT : null);

        var transition = OrderTransitions.next(order, MOVES.get(pair.move()), AT);

        switch (pair.expected()) {
            case "-" -> {
                assertThat(transition.applied()).isFalse();
                assertThat(transition.order()).isEqualTo(order);
                assertThat(transition.timeline()).isEmpty();
                assertThat(transition.announcements()).isEmpty();
            }
            case "kept" -> {
                assertThat(transition.applied()).isTrue();
                assertThat(transition.order().status()).isEqualTo(pair.status());
                assertThat(transition.timeline()).isEmpty();
                assertThat(transition.announcements()).isEmpty();
            }
            default -> {
                var path = Arrays.stream(pair.expected().split(">"))
                        .map(OrderStatus::valueOf)
                        .toList();
                assertThat(transition.applied()).isTrue();
                assertThat(transition.order().status()).isEqualTo(path.getLast());
                assertThat(transition.timeline())
                        .extracting(StatusChange::status)
                        .isEqualTo(path);
                assertThat(transition.announcements())
                        .extracting(Object::getClass)
                        .isEqualTo(announced(pair.move(), path.getLast()));
            }
        }
    }

    @Test
    void aPaymentBeforeThePricesIsKeptAndThePricesConfirmTheOrderWithIt() {
        var reserved = order(OrderMode.ASYNC, OrderStatus.STOCK_RESERVED, null);

        var paid =
                OrderTransitions.next(reserved, new OrderMove.Pay(PAYMENT), AT).order();
        var priced = OrderTransitions.next(paid, new OrderMove.Price(QUOTE), AT);

        assertThat(paid.paymentId()).isEqualTo(PAYMENT);
        assertThat(priced.announcements())
                .singleElement()
                .isEqualTo(new OrderConfirmed(
                        reserved.id(), reserved.userId(), PAYMENT, QUOTE.lines(), QUOTE.total(), "EUR"));
    }

    @Test
    void aCancelledOrderTellsWhyInItsTimelineAndItsAnnouncement() {
        var pending = order(OrderMode.ASYNC, OrderStatus.PENDING, null);

        var transition = OrderTransitions.next(pending, new OrderMove.Cancel("pricing failed: no price"), AT);

        assertThat(transition.timeline())
                .containsExactly(new StatusChange(
                        OrderStatus.CANCELLED,
                        Instant.parse("2026-11-23T09:00:00.123456Z"),
                        "pricing failed: no price"));
        assertThat(transition.announcements())
                .containsExactly(new OrderCancelled(pending.id(), "pricing failed: no price"));
    }

    @Test
    void aCompletedSynchronousOrderKeepsTheMomentEachCallAnsweredAndAnnouncesItsCreationFirst() {
        var pending = order(OrderMode.SYNC, OrderStatus.PENDING, null);
        var move = new OrderMove.CompleteSync(RESERVED_AT, QUOTE, PRICED_AT, PAYMENT);

        var transition = OrderTransitions.next(pending, move, AT);

        assertThat(transition.timeline())
                .extracting(StatusChange::at)
                .containsExactly(RESERVED_AT, PRICED_AT, Instant.parse("2026-11-23T09:00:00.123456Z"));
        assertThat(transition.announcements().getFirst())
                .isEqualTo(new OrderCreated(
                        pending.id(), pending.userId(), pending.orderLines(), OrderMode.SYNC, pending.createdAt()));
        assertThat(transition.order().total()).isEqualByComparingTo("24.00");
        assertThat(transition.order().paymentId()).isEqualTo(PAYMENT);
    }

    /** What other services hear: the end of an order, and the creation of a synchronous one with it. */
    private static List<Class<?>> announced(String move, OrderStatus end) {
        var announced = new ArrayList<Class<?>>();
        if (move.equals("complete-sync")) announced.add(OrderCreated.class);
        switch (end) {
            case CONFIRMED -> announced.add(OrderConfirmed.class);
            case CANCELLED -> announced.add(OrderCancelled.class);
            case EXPIRED -> announced.add(OrderExpired.class);
            case PENDING, STOCK_RESERVED, PRICED, REJECTED -> {}
        }
        return announced;
    }

    /** An order of that mode in that status, priced once it is past PRICED, with a payment if given. */
    private static Order order(OrderMode mode, OrderStatus status, @Nullable UUID payment) {
        var order = Order.open(new NewOrder(UUID.randomUUID(), List.of(new OrderLine(PRODUCT, 2)), mode));
        if (status == OrderStatus.PRICED || status == OrderStatus.CONFIRMED) {
            order = order.priced(QUOTE.lines(), QUOTE.subtotal(), QUOTE.tax(), QUOTE.total(), QUOTE.currency());
        }
        if (payment != null || status == OrderStatus.CONFIRMED) order = order.paid(PAYMENT);
        return order.in(status);
    }
}
