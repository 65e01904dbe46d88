package dev.agora.shop.order.orders;

import dev.agora.shop.contracts.api.Payment;
import dev.agora.shop.contracts.api.Quote;
import dev.agora.shop.contracts.events.OrderPriced;
import dev.agora.shop.contracts.events.PaymentCreated;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where an order's status changes: it locks the order's row, asks {@link OrderTransitions} what a
 * move does, saves the order and its timeline entries and publishes the integration events (through the outbox,
 * in the same transaction) and an in-process {@link OrderStatusChanged} per entry for live listeners.
 */
@Service
public class OrderLifecycle {

    public enum Outcome {
        APPLIED,
        IGNORED,
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
        return apply(orderId, new OrderMove.ReserveStock(), Order.now());
    }

    @Transactional
    public Outcome priced(OrderPriced priced) {
        var quote = new Quote(priced.lines(), priced.subtotal(), priced.tax(), priced.total(), priced.currency());
        return apply(priced.orderId(), new OrderMove.Price(quote), Order.now());
    }

    @Transactional
    public Outcome paid(PaymentCreated payment) {
        return apply(payment.orderId(), new OrderMove.Pay(payment.paymentId()), Order.now());
    }

    @Transactional
    public Outcome cancel(UUID orderId, String reason) {
        return apply(orderId, new OrderMove.Cancel(reason), Order.now());
    }

    @Transactional
    public Outcome expire(UUID orderId, String reason) {
        return apply(orderId, new OrderMove.Expire(reason), Order.now());
    }

    /** Only the deadline moves a PENDING synchronous order meanwhile: then the whole transaction rolls back. */
    @Transactional
    public Order completeSync(
            Order order, Instant reservedAt, Quote quote, Instant pricedAt, Payment payment, Instant paidAt) {
        var move = new OrderMove.CompleteSync(reservedAt, quote, pricedAt, payment.paymentId());
        if (apply(order.id(), move, paidAt) != Outcome.APPLIED) throw OrderProblems.expiredWhilePlaced(order.id());
        return orders.find(order.id()).orElseThrow();
    }

    /** Its key may be used again. */
    @Transactional
    public void rejectSync(UUID orderId, String reason) {
        apply(orderId, new OrderMove.RejectSync(reason), Order.now());
        orders.forgetKey(orderId);
    }

    /** OrderCancelled has inventory release and payment refund what HTTP could not undo. Its key may be used again. */
    @Transactional
    public void cancelSync(UUID orderId, String reason) {
        apply(orderId, new OrderMove.CancelSync(reason), Order.now());
        orders.forgetKey(orderId);
    }

    private Outcome apply(UUID orderId, OrderMove move, Instant at) {
        var current = orders.lock(orderId).orElse(null);
        if (current == null) return Outcome.UNKNOWN_ORDER;
        var transition = OrderTransitions.next(current, move, at);
        if (!transition.applied()) return Outcome.IGNORED;
        orders.update(transition.order(), at.truncatedTo(ChronoUnit.MICROS));
        for (var entry : transition.timeline()) orders.addStatusChange(orderId, entry);
        transition.announcements().forEach(events::publishEvent);
        for (var entry : transition.timeline()) events.publishEvent(OrderStatusChanged.of(orderId, entry));
        return Outcome.APPLIED;
    }
}
