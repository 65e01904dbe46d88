package dev.agora.shop.payment.sandbox;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** How the sandbox behaves right now: how long each call takes and which share of calls fails. */
record Simulation(Duration latency, double failureRate) {

    /** Kept well below the payment service's stalled-call recovery, which must never race a running call. */
    static final Duration MAX_LATENCY = Duration.ofSeconds(30);

    Simulation {
        var latencyProblem = latencyProblem(latency);
        if (latencyProblem != null) throw new IllegalArgumentException("latency " + latencyProblem);
        var failureRateProblem = failureRateProblem(failureRate);
        if (failureRateProblem != null) throw new IllegalArgumentException("failureRate " + failureRateProblem);
    }

    static @Nullable String latencyProblem(Duration latency) {
        if (latency.isNegative()) return "must not be negative";
        if (latency.compareTo(MAX_LATENCY) > 0) return "must be at most " + MAX_LATENCY;
        return null;
    }

    static @Nullable String failureRateProblem(double failureRate) {
        return failureRate >= 0 && failureRate <= 1 ? null : "must be between 0 and 1";
    }
}
