package dev.agora.shop.payment.charge;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.events.PaymentCreated;
import dev.agora.shop.contracts.events.PaymentFailed;
import dev.agora.shop.contracts.events.PaymentRefunded;
import dev.agora.shop.payment.provider.ChargeOutcome;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The state changes of an order's payment. Each runs in the caller's (short) transaction and first takes the
 * order's lock, so a charge and the order's end never miss each other; events go through the outbox.
 */
@Service
class PaymentLifecycle {

    sealed interface Claim {
        /** The caller is to ask the provider now. */
        record Started(PaymentRow payment) implements Claim {}

        /** The order has a charge already (being made, or with its outcome): no second one. */
        record Existing(PaymentRow payment) implements Claim {}

        /** The order was cancelled or has expired: it is not charged any more. */
        record OrderClosed() implements Claim {}
    }

    private final PaymentRepository payments;
    private final ClosedOrders closedOrders;
    private final OrderLocks locks;
    private final ApplicationEventPublisher events;

    PaymentLifecycle(
            PaymentRepository payments, ClosedOrders closedOrders, OrderLocks locks, ApplicationEventPublisher events) {
        this.payments = payments;
        this.closedOrders = closedOrders;
        this.locks = locks;
        this.events = events;
    }

    Claim claim(UUID orderId, BigDecimal amount, String currency, OrderMode mode) {
        locks.lock(orderId);
        if (closedOrders.isClosed(orderId)) return new Claim.OrderClosed();
        var existing = payments.findByOrder(orderId);
        if (existing.isEmpty()) {
            var claimed = PaymentRow.claim(orderId, amount, currency, mode);
            payments.insert(claimed);
            return new Claim.Started(claimed);
        }
        var payment = existing.get();
        var unsuccessful = payment.status() == PaymentStatus.DECLINED || payment.status() == PaymentStatus.FAILED;
        // a synchronous caller may try again after a decline or provider error; the saga's PaymentFailed is final
        if (mode == OrderMode.SYNC && unsuccessful) {
            var reclaimed = payment.reclaimed(amount, currency, mode);
            payments.update(reclaimed);
            return new Claim.Started(reclaimed);
        }
        return new Claim.Existing(payment);
    }

    /**
     * Records what the provider said to a claimed charge and returns the row as it now is. A capture for an
     * order that ended meanwhile comes back REFUNDING: the caller gives the money back at once.
     */
    PaymentRow record(PaymentRow claimed, ChargeOutcome outcome) {
        locks.lock(claimed.orderId());
        var current = payments.findByOrder(claimed.orderId()).orElseThrow();
        if (current.status() != PaymentStatus.CHARGING) return current; // recorded already by a resumed call
        var recorded = switch (outcome) {
            case ChargeOutcome.Captured captured -> current.captured(captured.reference());
            case ChargeOutcome.Declined declined -> current.unsuccessful(PaymentStatus.DECLINED, declined.reason());
            case ChargeOutcome.ProviderError error -> current.unsuccessful(PaymentStatus.FAILED, error.reason());
        };
        if (recorded.status() == PaymentStatus.CAPTURED) {
            events.publishEvent(new PaymentCreated(
                    recorded.paymentId(),
                    recorded.orderId(),
                    recorded.amount(),
                    recorded.currency(),
                    Objects.requireNonNull(recorded.providerReference())));
            if (closedOrders.isClosed(recorded.orderId())) recorded = recorded.withStatus(PaymentStatus.REFUNDING);
        } else if (recorded.mode() == OrderMode.ASYNC) {
            // the synchronous caller hears it in the HTTP answer; the saga needs the event
            events.publishEvent(
                    new PaymentFailed(recorded.orderId(), Objects.requireNonNull(recorded.failureReason())));
        }
        payments.update(recorded);
        return recorded;
    }

    /** Remembers that the order ended; returns its payment if that took money and must now be refunded. */
    Optional<PaymentRow> close(UUID orderId, ClosingReason reason) {
        locks.lock(orderId);
        closedOrders.close(orderId, reason);
        return payments.findByOrder(orderId)
                .filter(payment -> payment.status() == PaymentStatus.CAPTURED)
                .map(payment -> {
                    var refunding = payment.withStatus(PaymentStatus.REFUNDING);
                    payments.update(refunding);
                    return refunding;
                });
    }

    /** Records a refund the provider confirmed. */
    void refunded(PaymentRow refunding) {
        locks.lock(refunding.orderId());
        var current = payments.findByOrder(refunding.orderId()).orElseThrow();
        if (current.status() != PaymentStatus.REFUNDING) return;
        payments.update(current.withStatus(PaymentStatus.REFUNDED));
        events.publishEvent(
                new PaymentRefunded(current.paymentId(), current.orderId(), current.amount(), current.currency()));
    }
}
