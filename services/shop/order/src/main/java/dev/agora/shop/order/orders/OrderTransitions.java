package dev.agora.shop.order.orders;

import static dev.agora.shop.contracts.api.OrderStatus.CANCELLED;
import static dev.agora.shop.contracts.api.OrderStatus.CONFIRMED;
import static dev.agora.shop.contracts.api.OrderStatus.EXPIRED;
import static dev.agora.shop.contracts.api.OrderStatus.PENDING;
import static dev.agora.shop.contracts.api.OrderStatus.PRICED;
import static dev.agora.shop.contracts.api.OrderStatus.REJECTED;
import static dev.agora.shop.contracts.api.OrderStatus.STOCK_RESERVED;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.Quote;
import dev.agora.shop.contracts.api.StatusChange;
import dev.agora.shop.contracts.events.OrderCancelled;
import dev.agora.shop.contracts.events.OrderConfirmed;
import dev.agora.shop.contracts.events.OrderCreated;
import dev.agora.shop.contracts.events.OrderExpired;
import dev.agora.shop.order.orders.OrderMove.Cancel;
import dev.agora.shop.order.orders.OrderMove.CancelSync;
import dev.agora.shop.order.orders.OrderMove.CompleteSync;
import dev.agora.shop.order.orders.OrderMove.Expire;
import dev.agora.shop.order.orders.OrderMove.Pay;
import dev.agora.shop.order.orders.OrderMove.Price;
import dev.agora.shop.order.orders.OrderMove.RejectSync;
import dev.agora.shop.order.orders.OrderMove.ReserveStock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The order saga's one rule, a pure function: an order and a move give the order after it, the timeline entries
 * it adds and the integration events it publishes. {@link OrderLifecycle} locks, saves and publishes.
 *
 * <p>A final order never moves again. The saga's answers come from different services and may overtake each
 * other: prices also price a PENDING order (pricing implies the stock was reserved), a stock reservation after
 * the prices is stale, and a payment before the prices is kept on the order for the prices to confirm it.
 */
final class OrderTransitions {

    private OrderTransitions() {}

    /** What a move did: {@code applied} is false when the order stays as it was (late, duplicate, stale news). */
    record Transition(boolean applied, Order order, List<StatusChange> timeline, List<Object> announcements) {

        Transition {
            timeline = List.copyOf(timeline);
            announcements = List.copyOf(announcements);
        }

        static Transition ignored(Order order) {
            return new Transition(false, order, List.of(), List.of());
        }
    }

    static Transition next(Order order, OrderMove move, Instant at) {
        if (order.status().isFinal() || !drives(move, order.mode())) return Transition.ignored(order);
        var moment = micros(at);
        var status = order.status();
        var from = new Transition(true, order, List.of(), List.of());
        return switch (move) {
            case ReserveStock _ ->
                status == PENDING ? then(from, same(), STOCK_RESERVED, moment) : Transition.ignored(order);
            case Price price -> status == PRICED ? Transition.ignored(order) : priced(from, price.quote(), moment);
            case Pay pay ->
                status == PRICED
                        ? then(from, paid(pay.paymentId()), CONFIRMED, moment)
                        : new Transition(true, order.paid(pay.paymentId()), List.of(), List.of());
            case Cancel cancel -> then(from, endedBecause(cancel.reason()), CANCELLED, moment);
            case Expire expire -> then(from, endedBecause(expire.reason()), EXPIRED, moment);
            case CompleteSync complete ->
                status == PENDING ? completed(order, complete, moment) : Transition.ignored(order);
            case RejectSync reject -> then(from, endedBecause(reject.reason()), REJECTED, moment);
            case CancelSync cancel -> then(from, endedBecause(cancel.reason()), CANCELLED, moment);
        };
    }

    /** The saga's answers drive ASYNC orders only, the end of HTTP calls SYNC ones, the deadline both. */
    private static boolean drives(OrderMove move, OrderMode mode) {
        return switch (move) {
            case Expire _ -> true;
            case CompleteSync _, RejectSync _, CancelSync _ -> mode == OrderMode.SYNC;
            case ReserveStock _, Price _, Pay _, Cancel _ -> mode == OrderMode.ASYNC;
        };
    }

    /** Prices that find a payment already kept confirm the order at once. */
    private static Transition priced(Transition from, Quote quote, Instant at) {
        var priced = then(from, prices(quote), PRICED, at);
        return from.order().paymentId() == null ? priced : then(priced, same(), CONFIRMED, at);
    }

    /** OrderCreated(SYNC) and OrderConfirmed leave together; the timeline gets the moments each call answered. */
    private static Transition completed(Order order, CompleteSync complete, Instant paidAt) {
        var created =
                new OrderCreated(order.id(), order.userId(), order.orderLines(), OrderMode.SYNC, order.createdAt());
        var from = new Transition(true, order, List.of(), List.of(created));
        var reserved = then(from, same(), STOCK_RESERVED, micros(complete.reservedAt()));
        var priced = then(reserved, prices(complete.quote()), PRICED, micros(complete.pricedAt()));
        return then(priced, paid(complete.paymentId()), CONFIRMED, paidAt);
    }

    /** One more status on top of a transition: a timeline entry and, for a final status, its announcement. */
    private static Transition then(Transition before, UnaryOperator<Order> change, OrderStatus target, Instant at) {
        var next = change.apply(before.order()).in(target);
        var timeline = new ArrayList<>(before.timeline());
        timeline.add(new StatusChange(target, at, target.isFinal() ? next.reason() : null));
        var announcements = new ArrayList<>(before.announcements());
        var announcement = announcement(next);
        if (announcement != null) announcements.add(announcement);
        return new Transition(true, next, timeline, announcements);
    }

    private static UnaryOperator<Order> same() {
        return UnaryOperator.identity();
    }

    private static UnaryOperator<Order> prices(Quote quote) {
        return order -> order.priced(quote.lines(), quote.subtotal(), quote.tax(), quote.total(), quote.currency());
    }

    private static UnaryOperator<Order> paid(UUID paymentId) {
        return order -> order.paid(paymentId);
    }

    private static UnaryOperator<Order> endedBecause(String reason) {
        return order -> order.endedBecause(reason);
    }

    /** The precision PostgreSQL keeps, so that what is returned equals what is read back later. */
    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** What other services hear: only the end of an order; REJECTED orders never left a trace to undo. */
    private static @Nullable Object announcement(Order order) {
        return switch (order.status()) {
            case CONFIRMED ->
                new OrderConfirmed(
                        order.id(),
                        order.userId(),
                        Objects.requireNonNull(order.paymentId()),
                        order.pricedLines(),
                        Objects.requireNonNull(order.total()),
                        Objects.requireNonNull(order.currency()));
            case CANCELLED -> new OrderCancelled(order.id(), Objects.requireNonNull(order.reason()));
            case EXPIRED -> new OrderExpired(order.id());
            case PENDING, STOCK_RESERVED, PRICED, REJECTED -> null;
        };
    }
}
