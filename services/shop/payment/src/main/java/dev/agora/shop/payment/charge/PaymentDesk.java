package dev.agora.shop.payment.charge;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.ChargeRequest;
import dev.agora.shop.contracts.api.Payment;
import dev.agora.shop.payment.provider.PaymentProvider;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The synchronous charge ({@code POST /api/payments}): claim in one short transaction, ask the provider with
 * none open, record the outcome in another. Idempotent per order: an order that has a payment gets it back.
 */
@Service
class PaymentDesk {

    /** @param created false when the order had been paid before and this is its existing payment */
    record Charged(Payment payment, boolean created) {}

    private final PaymentLifecycle lifecycle;
    private final ProviderCalls calls;
    private final PaymentProvider provider;
    private final TransactionTemplate transactions;

    PaymentDesk(
            PaymentLifecycle lifecycle,
            ProviderCalls calls,
            PaymentProvider provider,
            TransactionTemplate transactions) {
        this.lifecycle = lifecycle;
        this.calls = calls;
        this.provider = provider;
        this.transactions = transactions;
    }

    Charged charge(ChargeRequest request) {
        var claim = Objects.requireNonNull(transactions.execute(
                status -> lifecycle.claim(request.orderId(), request.amount(), request.currency(), OrderMode.SYNC)));
        return switch (claim) {
            case PaymentLifecycle.Claim.Started(var claimed) -> answer(calls.charge(claimed));
            case PaymentLifecycle.Claim.Existing(var payment)
            when payment.status().tookMoney() -> new Charged(payment.toPayment(), false);
            case PaymentLifecycle.Claim.Existing(var payment) -> throw PaymentProblems.inProgress(payment.orderId());
            case PaymentLifecycle.Claim.OrderClosed() -> throw PaymentProblems.orderClosed(request.orderId());
        };
    }

    private Charged answer(PaymentRow recorded) {
        var reason = Objects.requireNonNullElse(recorded.failureReason(), "");
        return switch (recorded.status()) {
            case CAPTURED -> new Charged(recorded.toPayment(), true);
            case DECLINED -> throw PaymentProblems.declined(recorded.orderId(), provider.name(), reason);
            case FAILED -> throw PaymentProblems.providerFailed(recorded.orderId(), provider.name(), reason);
            case REFUNDING, REFUNDED -> throw PaymentProblems.orderClosed(recorded.orderId());
            case CHARGING -> throw new IllegalStateException("order " + recorded.orderId() + " has no outcome");
        };
    }
}
