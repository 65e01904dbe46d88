package dev.agora.demo;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How a step of the scenario went, for the summary.
 *
 * @param ok null when the step did not run
 * @param outcome what happened, in a few words
 */
record StepReport(int number, String name, @Nullable Boolean ok, String outcome, Duration took) {

    static StepReport notRun(int number, String name) {
        return new StepReport(number, name, null, "not run", Duration.ZERO);
    }

    boolean succeeded() {
        return Boolean.TRUE.equals(ok);
    }
}
