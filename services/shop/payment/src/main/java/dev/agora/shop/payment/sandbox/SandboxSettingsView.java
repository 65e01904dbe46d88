package dev.agora.shop.payment.sandbox;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import java.util.TreeSet;

/** The sandbox's current behaviour as {@code GET /api/sandbox/settings} shows it. */
@Schema(description = "Settings of the payment-provider SANDBOX (a simulation: no real money moves)")
record SandboxSettingsView(
        @Schema(example = "sandbox") String provider,

        @Schema(description = "ISO-8601 duration every charge and refund takes", example = "PT0.2S")
        String latency,

        @Schema(example = "200") long latencyMillis,

        @Schema(description = "share of calls, 0 to 1, failing with a provider error", example = "0.1")
        double failureRate,

        @Schema(description = "amounts ending in these cents are always declined", example = "[13]")
        Set<Integer> declinedCents) {

    static SandboxSettingsView of(String provider, Simulation simulation, Set<Integer> declinedCents) {
        return new SandboxSettingsView(
                provider,
                simulation.latency().toString(),
                simulation.latency().toMillis(),
                simulation.failureRate(),
                new TreeSet<>(declinedCents));
    }
}
