package dev.agora.shop.payment.sandbox;

import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.shop.payment.sandbox.*}: how the payment-provider sandbox starts.
 *
 * @param latency how long every charge and refund takes; changeable at runtime
 * @param failureRate the share of calls, 0 to 1, that fail with a provider error; changeable at runtime
 * @param declinedCents amounts whose cents are one of these are declined (default .13), for demos and tests
 * @param seed makes the random failures repeat the same sequence; random when not set
 * @param rememberedCharges how many captured orders the sandbox remembers to answer a repeated charge with
 *     the same reference
 */
@ConfigurationProperties("agora.shop.payment.sandbox")
record SandboxProperties(
        @DefaultValue("0ms") Duration latency,
        @DefaultValue("0") double failureRate,
        @DefaultValue("13") Set<Integer> declinedCents,
        @Nullable Long seed,
        @DefaultValue("100000") int rememberedCharges) {

    SandboxProperties {
        // the same limits as a change at runtime
        var latencyProblem = Simulation.latencyProblem(latency);
        if (latencyProblem != null) {
            throw new IllegalArgumentException("agora.shop.payment.sandbox.latency " + latencyProblem);
        }
        var failureRateProblem = Simulation.failureRateProblem(failureRate);
        if (failureRateProblem != null) {
            throw new IllegalArgumentException("agora.shop.payment.sandbox.failure-rate " + failureRateProblem);
        }
        if (declinedCents.stream().anyMatch(cents -> cents < 0 || cents > 99)) {
            throw new IllegalArgumentException(
                    "agora.shop.payment.sandbox.declined-cents must be between 0 and 99, not " + declinedCents);
        }
        if (rememberedCharges < 1) {
            throw new IllegalArgumentException("agora.shop.payment.sandbox.remembered-charges must be positive");
        }
        declinedCents = Set.copyOf(declinedCents);
    }

    Simulation simulation() {
        return new Simulation(latency, failureRate);
    }
}
