package dev.agora.shop.payment.sandbox;

import dev.agora.shop.payment.provider.ChargeOutcome;
import dev.agora.shop.payment.provider.PaymentProvider;
import dev.agora.shop.payment.provider.RefundOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The payment-provider SANDBOX: takes the configured latency, declines amounts by the decline rule, fails the
 * configured share of calls at random, and otherwise captures with a {@code sandbox_} reference.
 */
@Component
class SandboxPaymentProvider implements PaymentProvider {

    static final String NAME = "sandbox";

    private static final Logger log = LoggerFactory.getLogger(SandboxPaymentProvider.class);

    private final SandboxSettings settings;
    private final DeclineRule declineRule;
    private final FailureDice dice;
    private final SandboxLedger ledger;

    SandboxPaymentProvider(SandboxSettings settings, SandboxProperties properties) {
        this.settings = settings;
        this.declineRule = new DeclineRule(properties.declinedCents());
        this.dice = new FailureDice(properties.seed());
        this.ledger = new SandboxLedger(properties.rememberedCharges());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ChargeOutcome charge(UUID orderId, BigDecimal amount, String currency) {
        var simulation = settings.current();
        if (!waitOut(simulation.latency())) return new ChargeOutcome.ProviderError("sandbox provider interrupted");
        var known = ledger.referenceOf(orderId);
        if (known != null) {
            log.debug("sandbox: order {} already captured as {}, not charged again", orderId, known);
            return new ChargeOutcome.Captured(known);
        }
        var declined = declineRule.reason(amount);
        if (declined != null) {
            log.debug("sandbox: declined {} {} for order {}", amount, currency, orderId);
            return new ChargeOutcome.Declined(declined);
        }
        if (dice.fails(simulation.failureRate())) {
            log.debug("sandbox: simulated failure charging order {}", orderId);
            return new ChargeOutcome.ProviderError(
                    "sandbox provider error (simulated, failure rate " + simulation.failureRate() + ")");
        }
        var reference = ledger.capture(orderId);
        log.debug("sandbox: captured {} {} for order {} as {}", amount, currency, orderId, reference);
        return new ChargeOutcome.Captured(reference);
    }

    @Override
    public RefundOutcome refund(String reference) {
        var simulation = settings.current();
        if (!waitOut(simulation.latency())) return new RefundOutcome.ProviderError("sandbox provider interrupted");
        if (!reference.startsWith(SandboxLedger.REFERENCE_PREFIX)) {
            return new RefundOutcome.ProviderError("the sandbox issued no reference " + reference);
        }
        if (dice.fails(simulation.failureRate())) {
            return new RefundOutcome.ProviderError(
                    "sandbox provider error (simulated, failure rate " + simulation.failureRate() + ")");
        }
        log.debug("sandbox: refunded {}", reference);
        return new RefundOutcome.Refunded();
    }

    /** False when interrupted (shutting down): the call then fails like a provider that went away. */
    private static boolean waitOut(Duration latency) {
        if (latency.isZero()) return true;
        try {
            Thread.sleep(latency);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
