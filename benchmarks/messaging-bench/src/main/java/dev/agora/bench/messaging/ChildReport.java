package dev.agora.bench.messaging;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The last line a side's JVM prints on its standard output: its figures, read back by the benchmark.
 *
 * @param cpuNanos the process's CPU time over the run's steady window, after the warm-up (all threads:
 *     publisher, consumer, client library, GC, JIT)
 * @param messages messages consumed over the same window
 */
record ChildReport(double msgPerSecond, double p50Micros, double p99Micros, long cpuNanos, long messages) {

    private static final Pattern LINE = Pattern.compile(
            "^result msg/s=([0-9.]+) p50-us=([0-9.]+) p99-us=([0-9.]+) cpu-ns=([0-9]+) messages=([0-9]+)$");

    double cpuMicrosPerMessage() {
        return messages > 0 ? cpuNanos / 1_000.0 / messages : Double.NaN;
    }

    String line() {
        return String.format(
                Locale.ROOT,
                "result msg/s=%.1f p50-us=%.1f p99-us=%.1f cpu-ns=%d messages=%d",
                msgPerSecond,
                p50Micros,
                p99Micros,
                cpuNanos,
                messages);
    }

    static Optional<ChildReport> parse(String line) {
        var m = LINE.matcher(line.strip());
        if (!m.matches()) return Optional.empty();
        return Optional.of(new ChildReport(
                Double.parseDouble(m.group(1)),
                Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)),
                Long.parseLong(m.group(4)),
                Long.parseLong(m.group(5))));
    }
}
