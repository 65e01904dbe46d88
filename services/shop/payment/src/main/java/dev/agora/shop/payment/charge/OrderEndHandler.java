package dev.agora.shop.payment.charge;

import dev.agora.messaging.EventHandler;
import dev.agora.shop.contracts.events.OrderCancelled;
import dev.agora.shop.contracts.events.OrderExpired;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An order that ends gets its money back: a captured payment is refunded (PaymentRefunded), and the order is
 * remembered as closed so that a charge still running, or arriving later, is not kept.
 */
@Component
class OrderEndHandler {

    private final PaymentLifecycle lifecycle;
    private final ProviderCalls calls;

    OrderEndHandler(PaymentLifecycle lifecycle, ProviderCalls calls) {
        this.lifecycle = lifecycle;
        this.calls = calls;
    }

    @EventHandler
    void cancelled(OrderCancelled cancelled) {
        close(cancelled.orderId(), ClosingReason.CANCELLED);
    }

    @EventHandler
    void expired(OrderExpired expired) {
        close(expired.orderId(), ClosingReason.EXPIRED);
    }

    private void close(UUID orderId, ClosingReason reason) {
        lifecycle.close(orderId, reason).ifPresent(calls::refundInBackground);
    }
}
