package dev.agora.shop.query.order;

import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.PaymentStatus;
import dev.agora.shop.contracts.events.OrderCancelled;
import dev.agora.shop.contracts.events.OrderConfirmed;
import dev.agora.shop.contracts.events.OrderCreated;
import dev.agora.shop.contracts.events.OrderExpired;
import dev.agora.shop.contracts.events.OrderPriced;
import dev.agora.shop.contracts.events.OrderPricingFailed;
import dev.agora.shop.contracts.events.PaymentCreated;
import dev.agora.shop.contracts.events.PaymentFailed;
import dev.agora.shop.contracts.events.PaymentRefunded;
import dev.agora.shop.contracts.events.StockRejected;
import dev.agora.shop.query.readmodel.Projection;
import dev.agora.shop.query.readmodel.Subscription;
import java.util.List;
import org.springframework.stereotype.Component;

/** Orders from the events of the saga; each event merges what it knows into the order (see ProjectedOrder). */
@Component
class OrderProjection implements Projection {

    static final String EXPIRED_REASON = "not paid in time";

    private final OrderStore orders;

    OrderProjection(OrderStore orders) {
        this.orders = orders;
    }

    @Override
    public List<Subscription<?>> subscriptions() {
        return List.of(
                Subscription.on(
                        "order.created",
                        OrderCreated.class,
                        (order, at) -> orders.update(
                                order.orderId(),
                                at,
                                known -> known.merge(new Placement(order.userId(), order.mode(), order.createdAt()))
                                        .merge(Pricing.ordered(order.lines(), at)))),
                Subscription.on(
                        "order.priced",
                        OrderPriced.class,
                        (order, at) -> orders.update(
                                order.orderId(),
                                at,
                                known -> known.merge(Placement.byUser(order.userId()))
                                        .merge(Pricing.priced(
                                                LineSource.PRICED,
                                                order.lines(),
                                                order.total(),
                                                order.currency(),
                                                at)))),
                Subscription.on(
                        "order.confirmed",
                        OrderConfirmed.class,
                        (order, at) -> orders.update(
                                order.orderId(),
                                at,
                                known -> known.merge(Placement.byUser(order.userId()))
                                        .merge(Pricing.priced(
                                                LineSource.CONFIRMED,
                                                order.lines(),
                                                order.total(),
                                                order.currency(),
                                                at))
                                        .merge(new Payment(order.paymentId(), PaymentStatus.CAPTURED))
                                        .merge(new Outcome(OrderStatus.CONFIRMED, at, null)))),
                Subscription.on(
                        "order.cancelled",
                        OrderCancelled.class,
                        (order, at) -> orders.update(
                                order.orderId(),
                                at,
                                known -> known.merge(new Outcome(OrderStatus.CANCELLED, at, order.reason())))),
                Subscription.on(
                        "order.expired",
                        OrderExpired.class,
                        (order, at) -> orders.update(
                                order.orderId(),
                                at,
                                known -> known.merge(new Outcome(OrderStatus.EXPIRED, at, EXPIRED_REASON)))),
                Subscription.on(
                        "stock.rejected",
                        StockRejected.class,
                        (rejection, at) -> orders.update(
                                rejection.orderId(), at, known -> known.merge(new Failure(reason(rejection), at)))),
                Subscription.on(
                        "order.pricing.failed",
                        OrderPricingFailed.class,
                        (failure, at) -> orders.update(
                                failure.orderId(), at, known -> known.merge(new Failure(failure.reason(), at)))),
                Subscription.on(
                        "payment.created",
                        PaymentCreated.class,
                        (payment, at) -> orders.update(
                                payment.orderId(),
                                at,
                                known -> known.merge(new Payment(payment.paymentId(), PaymentStatus.CAPTURED)))),
                Subscription.on(
                        "payment.failed",
                        PaymentFailed.class,
                        (payment, at) -> orders.update(
                                payment.orderId(),
                                at,
                                known -> known.merge(new Payment(null, PaymentStatus.FAILED))
                                        .merge(new Failure(payment.reason(), at)))),
                Subscription.on(
                        "payment.refunded",
                        PaymentRefunded.class,
                        (refund, at) -> orders.update(
                                refund.orderId(),
                                at,
                                known -> known.merge(new Payment(refund.paymentId(), PaymentStatus.REFUNDED)))));
    }

    static String reason(StockRejected rejection) {
        return "insufficient stock of product %s: %d requested, %d available"
                .formatted(rejection.productId(), rejection.requested(), rejection.available());
    }

    @Override
    public String name() {
        return "orders";
    }

    @Override
    public void clear() {
        orders.clear();
    }

    @Override
    public long count() {
        return orders.count();
    }
}
