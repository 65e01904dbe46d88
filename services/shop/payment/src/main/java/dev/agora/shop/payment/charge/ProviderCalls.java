package dev.agora.shop.payment.charge;

import dev.agora.shop.payment.provider.ChargeOutcome;
import dev.agora.shop.payment.provider.PaymentProvider;
import dev.agora.shop.payment.provider.RefundOutcome;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calls the provider with no transaction open and records the outcome in a transaction of its own. Event
 * handlers hand their calls over here to run after their (claiming) transaction commits, on a virtual thread
 * each, so many orders wait out the provider's latency at once while no connection is held.
 */
@Component
class ProviderCalls implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProviderCalls.class);

    private final PaymentProvider provider;
    private final PaymentLifecycle lifecycle;
    private final TransactionTemplate transactions;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    ProviderCalls(PaymentProvider provider, PaymentLifecycle lifecycle, TransactionTemplate transactions) {
        this.provider = provider;
        this.lifecycle = lifecycle;
        this.transactions = transactions;
    }

    /** Charges after the current transaction commits (or at once without one), in the background. */
    void chargeInBackground(PaymentRow claimed) {
        inBackground(() -> charge(claimed));
    }

    /** Refunds after the current transaction commits (or at once without one), in the background. */
    void refundInBackground(PaymentRow refunding) {
        inBackground(() -> refund(refunding));
    }

    /** Charges on the calling thread; returns the row with the recorded outcome. */
    PaymentRow charge(PaymentRow claimed) {
        var outcome = askToCharge(claimed);
        var recorded = Objects.requireNonNull(transactions.execute(status -> lifecycle.record(claimed, outcome)));
        if (outcome instanceof ChargeOutcome.Captured captured
                && !captured.reference().equals(recorded.providerReference())) {
            // another call for this order was recorded first (a resumed call raced a very slow one): keep nothing
            log.warn("order {}: a second capture {} is refunded at once", claimed.orderId(), captured.reference());
            askToRefund(claimed.orderId(), captured.reference());
        } else if (recorded.status() == PaymentStatus.REFUNDING) {
            // the order ended while the provider charged (refunds are idempotent, should another call be at it too)
            refund(recorded);
        }
        return recorded;
    }

    /**
     * A refund that fails stays REFUNDING, and the stalled-call recovery asks again later.
     *
     * @return whether the provider gave the money back
     */
    boolean refund(PaymentRow refunding) {
        if (!askToRefund(refunding.orderId(), Objects.requireNonNull(refunding.providerReference()))) return false;
        transactions.executeWithoutResult(status -> lifecycle.refunded(refunding));
        return true;
    }

    private boolean askToRefund(UUID orderId, String reference) {
        RefundOutcome outcome;
        try {
            outcome = provider.refund(reference);
        } catch (RuntimeException unexpected) {
            outcome = new RefundOutcome.ProviderError(unexpected.toString());
        }
        if (outcome instanceof RefundOutcome.ProviderError(var reason)) {
            log.warn("{} provider did not refund {} of order {}: {}", provider.name(), reference, orderId, reason);
            return false;
        }
        return true;
    }

    /** A provider client that throws counts as a provider error: nothing was taken. */
    private ChargeOutcome askToCharge(PaymentRow claimed) {
        try {
            return provider.charge(claimed.orderId(), claimed.amount(), claimed.currency());
        } catch (RuntimeException unexpected) {
            return new ChargeOutcome.ProviderError(provider.name() + " provider call failed: " + unexpected);
        }
    }

    private void inBackground(Runnable call) {
        Runnable logged = () -> {
            try {
                call.run();
            } catch (RuntimeException failure) {
                // the row stays CHARGING or REFUNDING: the stalled-call recovery resumes it
                log.error("provider call left unfinished, to be resumed", failure);
            }
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            background.execute(logged);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                background.execute(logged);
            }
        });
    }

    /** Lets running calls finish and record their outcome before the database goes away. */
    @Override
    public void destroy() {
        background.close();
    }
}
