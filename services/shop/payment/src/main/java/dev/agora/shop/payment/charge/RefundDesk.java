package dev.agora.shop.payment.charge;

import dev.agora.shop.contracts.api.Payment;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The synchronous refund ({@code POST /api/refunds}) of an order whose placing failed after, or while, it was
 * charged. It closes the order first, so a charge still under way is refunded when it lands; repeating it changes
 * nothing more.
 */
@Service
class RefundDesk {

    private final PaymentLifecycle lifecycle;
    private final PaymentRepository payments;
    private final ProviderCalls calls;
    private final TransactionTemplate transactions;

    RefundDesk(
            PaymentLifecycle lifecycle,
            PaymentRepository payments,
            ProviderCalls calls,
            TransactionTemplate transactions) {
        this.lifecycle = lifecycle;
        this.payments = payments;
        this.calls = calls;
        this.transactions = transactions;
    }

    /**
     * @return the refunded payment, or empty when the order took no money
     * @throws org.springframework.web.ErrorResponseException 503 when the provider did not confirm the refund,
     *     which stays due and is asked for again
     */
    Optional<Payment> refund(UUID orderId) {
        var closing = Objects.requireNonNull(
                transactions.execute(status -> lifecycle.close(orderId, ClosingReason.CANCELLED)));
        var payment = closing.or(() -> payments.findByOrder(orderId));
        if (payment.isEmpty() || !payment.get().status().tookMoney()) return Optional.empty();
        var row = payment.get();
        // REFUNDING found here is a refund another caller started: asking the provider again is safe
        if (row.status() == PaymentStatus.REFUNDING && !calls.refund(row)) {
            throw PaymentProblems.refundPending(orderId, row.paymentId());
        }
        return payments.findByOrder(orderId).map(PaymentRow::toPayment);
    }
}
