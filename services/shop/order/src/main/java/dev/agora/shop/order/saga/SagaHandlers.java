package dev.agora.shop.order.saga;

import dev.agora.messaging.EventHandler;
import dev.agora.shop.contracts.events.OrderPriced;
import dev.agora.shop.contracts.events.OrderPricingFailed;
import dev.agora.shop.contracts.events.PaymentCreated;
import dev.agora.shop.contracts.events.PaymentFailed;
import dev.agora.shop.contracts.events.StockRejected;
import dev.agora.shop.contracts.events.StockReserved;
import dev.agora.shop.order.orders.OrderLifecycle;
import org.springframework.stereotype.Component;

/** The answers of inventory, pricing and payment to an asynchronous order. */
@Component
class SagaHandlers {

    private final OrderLifecycle lifecycle;

    SagaHandlers(OrderLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @EventHandler
    void stockReserved(StockReserved reserved) {
        SagaOutcomes.settle(lifecycle.stockReserved(reserved.orderId()), "stock.reserved", reserved.orderId());
    }

    @EventHandler
    void stockRejected(StockRejected rejected) {
        var reason = "insufficient stock of product %s: %d requested, %d available"
                .formatted(rejected.productId(), rejected.requested(), rejected.available());
        SagaOutcomes.settle(lifecycle.cancel(rejected.orderId(), reason), "stock.rejected", rejected.orderId());
    }

    @EventHandler
    void priced(OrderPriced priced) {
        SagaOutcomes.settle(lifecycle.priced(priced), "order.priced", priced.orderId());
    }

    @EventHandler
    void pricingFailed(OrderPricingFailed failed) {
        SagaOutcomes.settle(
                lifecycle.cancel(failed.orderId(), "pricing failed: " + failed.reason()),
                "order.pricing.failed",
                failed.orderId());
    }

    /** A payment for an order that already ended keeps it ended: payment refunds it on order.cancelled/expired. */
    @EventHandler
    void paid(PaymentCreated payment) {
        SagaOutcomes.settle(lifecycle.paid(payment), "payment.created", payment.orderId());
    }

    @EventHandler
    void paymentFailed(PaymentFailed failed) {
        SagaOutcomes.settle(
                lifecycle.cancel(failed.orderId(), "payment failed: " + failed.reason()),
                "payment.failed",
                failed.orderId());
    }
}
