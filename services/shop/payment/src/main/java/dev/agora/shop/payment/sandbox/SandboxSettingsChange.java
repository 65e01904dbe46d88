package dev.agora.shop.payment.sandbox;

import dev.agora.web.FieldError;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.convert.DurationStyle;

/** {@code PUT /api/sandbox/settings}: what to change; a field left out keeps its value. */
@Schema(description = "New settings of the payment-provider SANDBOX; a field left out keeps its value")
record SandboxSettingsChange(
        @Schema(
                description = "ISO-8601 duration (PT0.2S), 200ms or milliseconds (\"200\"); 0 to PT30S",
                example = "PT0.2S",
                nullable = true)
        @Nullable
        String latency,

        @Schema(description = "0 to 1", example = "0.1", nullable = true) @Nullable
        Double failureRate) {

    /** As in application.yml: ISO-8601 ({@code PT0.2S}), with a unit ({@code 200ms}), or plain milliseconds. */
    @Nullable
    Duration parsedLatency() {
        return latency == null ? null : DurationStyle.detectAndParse(latency.strip(), ChronoUnit.MILLIS);
    }

    /** Every field that is unreadable or out of range, with why. */
    List<FieldError> errors() {
        var errors = new ArrayList<FieldError>();
        if (latency != null) {
            try {
                var problem = Simulation.latencyProblem(parsedLatency());
                if (problem != null) errors.add(new FieldError("latency", problem));
            } catch (IllegalArgumentException unreadable) {
                errors.add(new FieldError(
                        "latency", "must be an ISO-8601 duration such as PT0.2S, 200ms or a number of milliseconds"));
            }
        }
        if (failureRate != null) {
            var problem = Simulation.failureRateProblem(failureRate);
            if (problem != null) errors.add(new FieldError("failureRate", problem));
        }
        return errors;
    }
}
