package dev.agora.shop.payment.charge;

import dev.agora.shop.contracts.OrderMode;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resumes provider calls whose outcome was never recorded because their process died between the claim and
 * the record (the message that started them is acknowledged by then). Charging again is safe: the provider
 * answers a repeated charge of an order with its first reference. Like the outbox relay's look for rows left
 * behind, this is a sweep for the exceptional case; nothing waits for it normally.
 */
@Component
class StalledCallRecovery implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(StalledCallRecovery.class);
    private static final int BATCH = 100;

    private final PaymentRepository payments;
    private final PaymentLifecycle lifecycle;
    private final ProviderCalls calls;
    private final TransactionTemplate transactions;
    private final RecoveryProperties properties;

    StalledCallRecovery(
            PaymentRepository payments,
            PaymentLifecycle lifecycle,
            ProviderCalls calls,
            TransactionTemplate transactions,
            RecoveryProperties properties) {
        this.payments = payments;
        this.lifecycle = lifecycle;
        this.calls = calls;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::resumeStalled, properties.interval());
    }

    void resumeStalled() {
        List<PaymentRow> stalled = Objects.requireNonNull(
                transactions.execute(status -> payments.takeStalled(properties.stalledAfter(), BATCH)));
        for (var payment : stalled) {
            log.warn("resuming the stalled {} of order {}", payment.status(), payment.orderId());
            switch (payment.status()) {
                case CHARGING -> {
                    if (payment.mode() == OrderMode.SYNC) {
                        // its HTTP caller has given up long ago and never heard of a payment: keep none
                        transactions.executeWithoutResult(
                                status -> lifecycle.close(payment.orderId(), ClosingReason.CALLER_GONE));
                    }
                    calls.chargeInBackground(payment);
                }
                case REFUNDING -> calls.refundInBackground(payment);
                default -> throw new IllegalStateException("not a stalled call: " + payment.status());
            }
        }
    }
}
