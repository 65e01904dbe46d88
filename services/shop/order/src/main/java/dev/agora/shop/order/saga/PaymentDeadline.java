package dev.agora.shop.order.saga;

import dev.agora.messaging.DelayedEvents;
import dev.agora.messaging.EventHandler;
import dev.agora.shop.order.orders.OrderLifecycle;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Expires orders not paid in time: a timer through the broker (a delayed event), not a polling loop. Synchronous
 * orders get one too, so that one whose process died mid-call still ends, its stock released and any charge
 * refunded through OrderExpired.
 */
@Component
public class PaymentDeadline {

    private final DelayedEvents delayedEvents;
    private final OrderLifecycle lifecycle;
    private final PaymentDeadlineProperties properties;

    PaymentDeadline(DelayedEvents delayedEvents, OrderLifecycle lifecycle, PaymentDeadlineProperties properties) {
        this.delayedEvents = delayedEvents;
        this.lifecycle = lifecycle;
        this.properties = properties;
    }

    /** Call it in the transaction that opens the order: the timer goes through the outbox, so both or neither. */
    public void schedule(UUID orderId) {
        delayedEvents.schedule(new PaymentDeadlineReached(orderId), properties.paymentTimeout());
    }

    @EventHandler
    void reached(PaymentDeadlineReached deadline) {
        SagaOutcomes.settle(
                lifecycle.expire(deadline.orderId(), "not paid within " + properties.paymentTimeout()),
                "payment.deadline.reached",
                deadline.orderId());
    }
}
