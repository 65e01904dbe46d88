package dev.agora.bench.messaging;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The report: per-run and median figures of both sides, the two ratios and the verdict. Ratios compare
 * medians, because single runs on a noisy two-core machine swing by ±15%.
 */
final class Summary {

    static final double THROUGHPUT_TARGET = 0.90;
    static final double P99_TARGET = 1.5;

    private static final String ROW = "%-8s %12s %10s %10s   | %12s %10s %10s%n";

    private final List<RunResult> results;
    private final BenchOptions options;

    Summary(List<RunResult> results, BenchOptions options) {
        this.results = List.copyOf(results);
        this.options = options;
    }

    /** One run's figures on one line, as printed when it ends. */
    static String figures(RunResult r) {
        return String.format(
                Locale.ROOT,
                "%,d msg/s, latency p50 %,d µs, p99 %,d µs",
                Math.round(r.msgPerSecond()),
                Math.round(r.p50Micros()),
                Math.round(r.p99Micros()));
    }

    static double median(double... values) {
        if (values.length == 0) return Double.NaN;
        var sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    double median(Side side, Scenario scenario, ToDoubleFunction<RunResult> figure) {
        return median(results.stream()
                .filter(r -> r.side() == side && r.scenario() == scenario)
                .mapToDouble(figure)
                .toArray());
    }

    double throughputRatio() {
        return median(Side.AGORA, Scenario.THROUGHPUT, RunResult::msgPerSecond)
                / median(Side.PERFTEST, Scenario.THROUGHPUT, RunResult::msgPerSecond);
    }

    double p99Ratio() {
        return median(Side.AGORA, Scenario.LATENCY, RunResult::p99Micros)
                / median(Side.PERFTEST, Scenario.LATENCY, RunResult::p99Micros);
    }

    String render() {
        var out = new StringBuilder();
        out.append(table(
                Scenario.THROUGHPUT,
                String.format(
                        Locale.ROOT,
                        "max throughput: msg/s consumed after a %d s warm-up; latency (µs) over the whole run",
                        options.warmupSeconds())));
        out.append('\n');
        out.append(table(
                Scenario.LATENCY,
                String.format(
                        Locale.ROOT,
                        "fixed rate of %d msg/s: consumer latency (µs, publish -> consumer) over the whole run",
                        options.rate())));
        out.append('\n');
        double throughput = throughputRatio();
        double p99 = p99Ratio();
        out.append("throughput ratio agora/perftest = ")
                .append(ratio(throughput))
                .append('\n');
        out.append("p99 latency ratio agora/perftest at ")
                .append(options.rate())
                .append(" msg/s = ")
                .append(ratio(p99))
                .append('\n');
        out.append(verdict(throughput, p99)).append('\n');
        return out.toString();
    }

    static String verdict(double throughputRatio, double p99Ratio) {
        boolean throughputOk = throughputRatio >= THROUGHPUT_TARGET;
        boolean latencyOk = p99Ratio <= P99_TARGET;
        return String.format(
                Locale.ROOT,
                "verdict: %s (throughput %s %s %s: %s; p99 latency %s %s %s: %s)",
                throughputOk && latencyOk ? "PASS" : "FAIL",
                ratio(throughputRatio),
                throughputOk ? ">=" : "<",
                ratio(THROUGHPUT_TARGET),
                throughputOk ? "met" : "MISSED",
                ratio(p99Ratio),
                latencyOk ? "<=" : ">",
                ratio(P99_TARGET),
                latencyOk ? "met" : "MISSED");
    }

    private String table(Scenario scenario, String title) {
        var out = new StringBuilder(title).append('\n');
        out.append(
                String.format(Locale.ROOT, ROW, "round", "agora msg/s", "p50", "p99", "perftest msg/s", "p50", "p99"));
        for (int round = 1; round <= options.rounds(); round++) {
            var agora = find(Side.AGORA, scenario, round);
            var perftest = find(Side.PERFTEST, scenario, round);
            if (agora == null && perftest == null) continue;
            out.append(row(String.valueOf(round), agora, perftest));
        }
        out.append(row("median", medians(Side.AGORA, scenario), medians(Side.PERFTEST, scenario)));
        return out.toString();
    }

    private RunResult medians(Side side, Scenario scenario) {
        return new RunResult(
                side,
                scenario,
                0,
                median(side, scenario, RunResult::msgPerSecond),
                median(side, scenario, RunResult::p50Micros),
                median(side, scenario, RunResult::p99Micros));
    }

    private RunResult find(Side side, Scenario scenario, int round) {
        return results.stream()
                .filter(r -> r.side() == side && r.scenario() == scenario && r.round() == round)
                .findFirst()
                .orElse(null);
    }

    private static String row(String label, RunResult agora, RunResult perftest) {
        return String.format(
                Locale.ROOT,
                ROW,
                label,
                number(agora, RunResult::msgPerSecond),
                number(agora, RunResult::p50Micros),
                number(agora, RunResult::p99Micros),
                number(perftest, RunResult::msgPerSecond),
                number(perftest, RunResult::p50Micros),
                number(perftest, RunResult::p99Micros));
    }

    private static String number(RunResult result, ToDoubleFunction<RunResult> figure) {
        if (result == null) return "-";
        double value = figure.applyAsDouble(result);
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,d", Math.round(value));
    }
}
