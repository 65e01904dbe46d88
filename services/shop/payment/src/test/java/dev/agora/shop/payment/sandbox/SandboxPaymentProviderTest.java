package dev.agora.shop.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.payment.provider.ChargeOutcome;
import dev.agora.shop.payment.provider.RefundOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SandboxPaymentProviderTest {

    private static final BigDecimal AMOUNT = new BigDecimal("42.50");

    @Test
    void chargeCapturesWithAReferenceStartingWithSandbox() {
        var outcome = sandbox(Duration.ZERO, 0, null).charge(UUID.randomUUID(), AMOUNT, "EUR");

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        ChargeOutcome.Captured.class,
                        captured -> assertThat(captured.reference()).startsWith("sandbox_"));
    }

    @Test
    void chargeTakesTheConfiguredLatency() {
        var provider = sandbox(Duration.ofMillis(150), 0, null);

        long started = System.nanoTime();
        provider.charge(UUID.randomUUID(), AMOUNT, "EUR");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void refundTakesTheConfiguredLatencyToo() {
        var provider = sandbox(Duration.ofMillis(150), 0, null);

        long started = System.nanoTime();
        provider.refund("sandbox_1");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void failureRateOneFailsEveryCallWithAProviderErrorNamingTheSandbox() {
        var provider = sandbox(Duration.ZERO, 1, null);

        for (int i = 0; i < 50; i++) {
            assertThat(provider.charge(UUID.randomUUID(), AMOUNT, "EUR"))
                    .isInstanceOfSatisfying(
                            ChargeOutcome.ProviderError.class,
                            error -> assertThat(error.reason()).contains("sandbox"));
        }
        assertThat(provider.refund("sandbox_1")).isInstanceOf(RefundOutcome.ProviderError.class);
    }

    @Test
    void failureRateZeroNeverFails() {
        var provider = sandbox(Duration.ZERO, 0, null);

        assertThat(IntStream.range(0, 200).mapToObj(i -> provider.charge(UUID.randomUUID(), AMOUNT, "EUR")))
                .allMatch(ChargeOutcome.Captured.class::isInstance);
    }

    @Test
    void failureRateOfAHalfFailsAboutHalfOfTheCalls() {
        var outcomes = outcomes(sandbox(Duration.ZERO, 0.5, 7L), 1000);

        assertThat(outcomes.stream().filter(ChargeOutcome.ProviderError.class::isInstance))
                .hasSizeBetween(400, 600);
    }

    @Test
    void theSameSeedFailsTheSameCalls() {
        var first = kinds(outcomes(sandbox(Duration.ZERO, 0.3, 42L), 100));
        var second = kinds(outcomes(sandbox(Duration.ZERO, 0.3, 42L), 100));

        assertThat(first).isEqualTo(second).contains("ProviderError", "Captured");
    }

    @Test
    void amountsEndingInThirteenCentsAreDeclinedByDefault() {
        var provider = sandbox(Duration.ZERO, 0, null);

        assertThat(chargeANewOrder(provider, "10.13"))
                .isInstanceOfSatisfying(
                        ChargeOutcome.Declined.class,
                        declined -> assertThat(declined.reason()).contains("sandbox", ".13"));
        assertThat(chargeANewOrder(provider, "13.00")).isInstanceOf(ChargeOutcome.Captured.class);
        assertThat(chargeANewOrder(provider, "10.14")).isInstanceOf(ChargeOutcome.Captured.class);
    }

    @Test
    void aDeclineWinsOverARandomFailure() {
        assertThat(chargeANewOrder(sandbox(Duration.ZERO, 1, null), "0.13")).isInstanceOf(ChargeOutcome.Declined.class);
    }

    @Test
    void configuredDeclinedCentsReplaceTheDefault() {
        var properties = new SandboxProperties(Duration.ZERO, 0, Set.of(99, 1), null, 10);
        var provider = new SandboxPaymentProvider(new SandboxSettings(properties), properties);

        assertThat(chargeANewOrder(provider, "5.99")).isInstanceOf(ChargeOutcome.Declined.class);
        assertThat(chargeANewOrder(provider, "5.01")).isInstanceOf(ChargeOutcome.Declined.class);
        assertThat(chargeANewOrder(provider, "5.13")).isInstanceOf(ChargeOutcome.Captured.class);
    }

    @Test
    void chargingAnOrderAgainAnswersWithItsFirstReferenceInsteadOfChargingTwice() {
        var provider = sandbox(Duration.ZERO, 0, null);
        var orderId = UUID.randomUUID();

        var first = provider.charge(orderId, AMOUNT, "EUR");
        var second = provider.charge(orderId, AMOUNT, "EUR");

        assertThat(second).isEqualTo(first).isInstanceOf(ChargeOutcome.Captured.class);
    }

    @Test
    void aChangedSimulationAppliesToTheNextCall() {
        var properties = properties(Duration.ZERO, 0, null);
        var settings = new SandboxSettings(properties);
        var provider = new SandboxPaymentProvider(settings, properties);

        settings.change(null, 1.0);

        assertThat(provider.charge(UUID.randomUUID(), AMOUNT, "EUR")).isInstanceOf(ChargeOutcome.ProviderError.class);
    }

    @Test
    void refundOfASandboxReferenceSucceeds() {
        var provider = sandbox(Duration.ZERO, 0, null);
        var captured = (ChargeOutcome.Captured) provider.charge(UUID.randomUUID(), AMOUNT, "EUR");

        assertThat(provider.refund(captured.reference())).isInstanceOf(RefundOutcome.Refunded.class);
    }

    @Test
    void refundOfAReferenceTheSandboxDidNotIssueIsAProviderError() {
        assertThat(sandbox(Duration.ZERO, 0, null).refund("ch_live_123"))
                .isInstanceOfSatisfying(
                        RefundOutcome.ProviderError.class,
                        error -> assertThat(error.reason()).contains("ch_live_123"));
    }

    private static SandboxPaymentProvider sandbox(Duration latency, double failureRate, @Nullable Long seed) {
        var properties = properties(latency, failureRate, seed);
        return new SandboxPaymentProvider(new SandboxSettings(properties), properties);
    }

    private static SandboxProperties properties(Duration latency, double failureRate, @Nullable Long seed) {
        return new SandboxProperties(latency, failureRate, Set.of(13), seed, 1000);
    }

    private static List<ChargeOutcome> outcomes(SandboxPaymentProvider provider, int calls) {
        var outcomes = new ArrayList<ChargeOutcome>();
        for (int i = 0; i < calls; i++) outcomes.add(provider.charge(UUID.randomUUID(), AMOUNT, "EUR"));
        return outcomes;
    }

    private static List<String> kinds(List<ChargeOutcome> outcomes) {
        return outcomes.stream()
                .map(outcome -> outcome.getClass().getSimpleName())
                .toList();
    }

    /** Charges this amount in EUR for an order the sandbox has not seen. */
    private static ChargeOutcome chargeANewOrder(SandboxPaymentProvider provider, String amount) {
        return provider.charge(UUID.randomUUID(), new BigDecimal(amount), "EUR");
    }
}
