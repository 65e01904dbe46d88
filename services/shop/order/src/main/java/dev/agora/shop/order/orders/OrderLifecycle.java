package dev.agora.shop.order.orders;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.Payment;
import dev.agora.shop.contracts.api.Quote;
import dev.agora.shop.contracts.events.OrderCancelled;
import dev.agora.shop.contracts.events.OrderConfirmed;
import dev.agora.shop.contracts.events.OrderCreated;
import dev.agora.shop.contracts.events.OrderExpired;
import dev.agora.shop.contracts.events.OrderPriced;
import dev.agora.shop.contracts.events.PaymentCreated;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where an order's status changes: under a row lock, through the guard of {@link OrderStatus},
 * with a timeline entry, the integration event that reports a final status (through the outbox, in the same
 * transaction) and an in-process {@link OrderStatusChanged} for live listeners.
 *
 * <p>The saga's moves act on ASYNC orders only: a SYNC order is driven by its HTTP calls (payment announces its
 * charges whatever the mode).
 */
@Service
public class OrderLifecycle {

    public enum Outcome {
        APPLIED,
        IGNORED,
        NOT_YET,
        UNKNOWN_ORDER
    }

    private final OrderRepository orders;
    private final ApplicationEventPublisher events;

    OrderLifecycle(OrderRepository orders, ApplicationEventPublisher events) {
        this.orders = orders;
        this.events = events;
    }

    @Transactional
    public Outcome stockReserved(UUID orderId) {
        return move(orderId, OrderMode.ASYNC, OrderStatus.STOCK_RESERVED, Order.now(), order -> order);
    }

    /** Prices that find a payment already kept confirm the order at once. */
    @Transactional
    public Outcome priced(OrderPriced priced) {
        var outcome = move(
                priced.orderId(),
                OrderMode.ASYNC,
                OrderStatus.PRICED,
                Order.now(),
                order -> order.priced(
                        priced.lines(), priced.subtotal(), priced.tax(), priced.total(), priced.currency()));
        var paidEarly = outcome == Outcome.APPLIED
                && orders.lock(priced.orderId()).map(Order::paymentId).isPresent();
        return paidEarly
                ? move(priced.orderId(), OrderMode.ASYNC, OrderStatus.CONFIRMED, Order.now(), order -> order)
                : outcome;
    }

    /**
     * Payment answers order.priced as this service does, and often first: a payment that overtakes the prices
     * is kept on the order rather than retried, and the prices confirm it.
     */
    @Transactional
    public Outcome paid(PaymentCreated payment) {
        var outcome = move(
                payment.orderId(),
                OrderMode.ASYNC,
                OrderStatus.CONFIRMED,
                Order.now(),
                order -> order.paid(payment.paymentId()));
        if (outcome != Outcome.NOT_YET) return outcome;
        var order = orders.lock(payment.orderId()).orElseThrow();
        orders.update(order.paid(payment.paymentId()), Order.now().truncatedTo(ChronoUnit.MICROS));
        return Outcome.APPLIED;
    }

    @Transactional
    public Outcome cancel(UUID orderId, String reason) {
        return move(orderId, OrderMode.ASYNC, OrderStatus.CANCELLED, Order.now(), order -> order.endedBecause(reason));
    }

    /** The payment deadline passed: any order not yet final expires, whatever its mode. */
    @Transactional
    public Outcome expire(UUID orderId, String reason) {
        return move(orderId, null, OrderStatus.EXPIRED, Order.now(), order -> order.endedBecause(reason));
    }

    /**
     * A synchronous order whose three calls succeeded: its timeline gets the moments each answered, and
     * OrderCreated(SYNC) and OrderConfirmed leave together.
     */
    @Transactional
    public Order completeSync(
            Order order, Instant reservedAt, Quote quote, Instant pricedAt, Payment payment, Instant paidAt) {
        events.publishEvent(
                new OrderCreated(order.id(), order.userId(), order.orderLines(), OrderMode.SYNC, order.createdAt()));
        var id = order.id();
        syncMove(id, OrderStatus.STOCK_RESERVED, reservedAt, unchanged -> unchanged);
        syncMove(
                id,
                OrderStatus.PRICED,
                pricedAt,
                reserved ->
                        reserved.priced(quote.lines(), quote.subtotal(), quote.tax(), quote.total(), quote.currency()));
        syncMove(id, OrderStatus.CONFIRMED, paidAt, priced -> priced.paid(payment.paymentId()));
        return orders.find(id).orElseThrow();
    }

    /** A synchronous order failed and left nothing behind: no event, and its key may be used again. */
    @Transactional
    public void rejectSync(UUID orderId, String reason) {
        move(orderId, OrderMode.SYNC, OrderStatus.REJECTED, Order.now(), order -> order.endedBecause(reason));
        orders.forgetKey(orderId);
    }

    /**
     * A synchronous order failed and may have left stock reserved or a charge made: OrderCancelled has inventory
     * release and payment refund what HTTP could not undo. Its key may be used again.
     */
    @Transactional
    public void cancelSync(UUID orderId, String reason) {
        move(orderId, OrderMode.SYNC, OrderStatus.CANCELLED, Order.now(), order -> order.endedBecause(reason));
        orders.forgetKey(orderId);
    }

    private Outcome move(
            UUID orderId, @Nullable OrderMode mode, OrderStatus target, Instant at, UnaryOperator<Order> change) {
        var current = orders.lock(orderId).orElse(null);
        if (current == null) return Outcome.UNKNOWN_ORDER;
        if (mode != null && current.mode() != mode) return Outcome.IGNORED;
        var step = current.status().stepTo(target);
        if (step == OrderStatus.Step.IGNORE) return Outcome.IGNORED;
        if (step == OrderStatus.Step.NOT_YET) return Outcome.NOT_YET;
        var moment = at.truncatedTo(ChronoUnit.MICROS);
        var next = change.apply(current).in(target);
        var entry = new StatusChange(target, moment, target.isFinal() ? next.reason() : null);
        orders.update(next, moment);
        orders.addStatusChange(orderId, entry);
        var announcement = announcement(next);
        if (announcement != null) events.publishEvent(announcement);
        events.publishEvent(OrderStatusChanged.of(orderId, entry));
        return Outcome.APPLIED;
    }

    /** Only the deadline moves a PENDING synchronous order meanwhile: then the whole transaction rolls back. */
    private void syncMove(UUID orderId, OrderStatus target, Instant at, UnaryOperator<Order> change) {
        if (move(orderId, OrderMode.SYNC, target, at, change) != Outcome.APPLIED) {
            throw OrderProblems.expiredWhilePlaced(orderId);
        }
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
