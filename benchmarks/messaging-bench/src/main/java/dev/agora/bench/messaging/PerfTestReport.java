package dev.agora.bench.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PerfTest printed, read back: its per-second lines and its final summary.
 *
 * @param seconds one entry per per-second line
 * @param receivingRateAverage the summary's "receiving rate avg", over the whole run
 * @param p50Micros the summary's consumer latency median, over the whole run
 * @param p99Micros the summary's consumer latency 99th percentile, over the whole run
 */
record PerfTestReport(List<Second> seconds, double receivingRateAverage, double p50Micros, double p99Micros) {

    /**
     * A per-second line: {@code time 12.001 s, sent: ..., received: 14200 msg/s, min/median/75th/95th/99th
     * consumer latency: ...}; its latency percentiles are those of that second's messages alone.
     */
    record Second(double time, double received, double p50Micros, double p99Micros) {}

    private static final Pattern SECOND = Pattern.compile("time:? ([0-9.]+) ?s, .*received: ([0-9.]+) msg/s");
    private static final Pattern SECOND_LATENCY =
            Pattern.compile("consumer latency: ([0-9.]+)/([0-9.]+)/([0-9.]+)/([0-9.]+)/([0-9.]+) ?(µs|us|ms)");
    private static final Pattern RECEIVING = Pattern.compile("receiving rate avg: ([0-9.]+) msg/s");
    private static final Pattern LATENCY = Pattern.compile(
            "consumer latency min/median/75th/95th/99th ([0-9.]+)/([0-9.]+)/([0-9.]+)/([0-9.]+)/([0-9.]+) ?(µs|us|ms)");

    static Optional<Second> parseSecond(String line) {
        var m = SECOND.matcher(line);
        if (!m.find()) return Optional.empty();
        var latency = SECOND_LATENCY.matcher(line);
        boolean hasLatency = latency.find();
        return Optional.of(new Second(
                Double.parseDouble(m.group(1)),
                Double.parseDouble(m.group(2)),
                hasLatency ? micros(latency, 2) : Double.NaN,
                hasLatency ? micros(latency, 5) : Double.NaN));
    }

    static PerfTestReport parse(String output) {
        var seconds = new ArrayList<Second>();
        double receiving = Double.NaN;
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        for (var line : output.split("\\R")) {
            parseSecond(line).ifPresent(seconds::add);
            var rate = RECEIVING.matcher(line);
            if (rate.find()) receiving = Double.parseDouble(rate.group(1));
            var latency = LATENCY.matcher(line);
            if (latency.find()) {
                p50 = micros(latency, 2);
                p99 = micros(latency, 5);
            }
        }
        if (Double.isNaN(receiving) || Double.isNaN(p99)) {
            throw new IllegalArgumentException(
                    "no PerfTest summary (receiving rate and consumer latency) in:\n" + output);
        }
        return new PerfTestReport(List.copyOf(seconds), receiving, p50, p99);
    }

    /**
     * Mean of the per-second receive rates after the warm-up: the same steady window as Agora's figure. A
     * line stamped t covers the second before t, so the first steady line is stamped warm-up + 1.
     */
    double steadyRate(int warmupSeconds) {
        return steadyMean(warmupSeconds, Second::received, receivingRateAverage);
    }

    /**
     * Consumer latency median after the warm-up: PerfTest prints no percentile over part of a run, so this is
     * the mean of the steady seconds' medians (at a fixed rate every second holds as many messages).
     */
    double steadyP50Micros(int warmupSeconds) {
        return steadyMean(warmupSeconds, Second::p50Micros, p50Micros);
    }

    /** Consumer latency 99th percentile after the warm-up: the mean of the steady seconds' 99th percentiles. */
    double steadyP99Micros(int warmupSeconds) {
        return steadyMean(warmupSeconds, Second::p99Micros, p99Micros);
    }

    /** Mean of a per-second figure over the steady lines, or the summary's figure when there are none. */
    private double steadyMean(int warmupSeconds, ToDoubleFunction<Second> figure, double summary) {
        var steady = seconds.stream()
                .filter(s -> s.time() >= warmupSeconds + 0.5)
                .mapToDouble(figure)
                .filter(value -> !Double.isNaN(value))
                .toArray();
        if (steady.length == 0) return summary;
        double sum = 0;
        for (double value : steady) sum += value;
        return sum / steady.length;
    }

    /**
     * Messages received after the warm-up: the whole run's (average rate over {@code seconds}) less those of
     * the per-second lines that cover the warm-up.
     */
    long messagesAfter(int warmupSeconds, int seconds) {
        double warm = seconds().stream()
                .filter(s -> s.time() < warmupSeconds + 0.5)
                .mapToDouble(Second::received)
                .sum();
        return Math.max(0, Math.round(receivingRateAverage * seconds - warm));
    }

    /** Whether the line stamped {@code time} closes the warm-up: the steady window starts as it is printed. */
    static boolean endsWarmUp(double time, int warmupSeconds) {
        return time >= warmupSeconds - 0.5;
    }

    /** A latency group of {@code m}, whose group 6 is the unit, in microseconds. */
    private static double micros(Matcher m, int group) {
        double toMicros = m.group(6).equals("ms") ? 1_000 : 1;
        return Double.parseDouble(m.group(group)) * toMicros;
    }
}
