package dev.agora.bench.messaging;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** The report: per-run and median figures of every side, the ratio lines with their targets, the verdict. */
final class Summary {

    private static final String THROUGHPUT_ROW = "%-22s %-30s %10s %12s%n";
    private static final String LATENCY_ROW = "%-22s %8s %8s %-26s %12s%n";

    private final Medians medians;
    private final BenchOptions options;

    Summary(List<RunResult> results, BenchOptions options) {
        this.medians = new Medians(results);
        this.options = options;
    }

    /** One run's figures on one line, as printed when it ends. */
    static String figures(RunResult r) {
        return String.format(
                Locale.ROOT,
                "%,d msg/s, latency p50 %,d µs, p99 %,d µs, client cpu %.1f µs/msg",
                Math.round(r.msgPerSecond()),
                Math.round(r.p50Micros()),
                Math.round(r.p99Micros()),
                r.cpuMicrosPerMessage());
    }

    Medians medians() {
        return medians;
    }

    /** The sides that ran the scenario, in the benchmark's order. */
    List<Side> sides(Scenario scenario) {
        return options.sides().stream()
                .filter(side -> !medians.runs(side, scenario).isEmpty())
                .toList();
    }

    String render() {
        var out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "max throughput: msg/s consumed after a %d s warm-up; client CPU µs per message over the same window%n",
                options.warmupSeconds()));
        out.append(String.format(Locale.ROOT, THROUGHPUT_ROW, "side", "msg/s by round", "median", "cpu µs/msg"));
        for (var side : sides(Scenario.THROUGHPUT)) {
            out.append(String.format(
                    Locale.ROOT,
                    THROUGHPUT_ROW,
                    name(side),
                    byRound(side, Scenario.THROUGHPUT, RunResult::msgPerSecond),
                    number(medians.of(side, Scenario.THROUGHPUT, RunResult::msgPerSecond)),
                    decimal(medians.of(side, Scenario.THROUGHPUT, RunResult::cpuMicrosPerMessage))));
        }
        out.append('\n');
        out.append(String.format(
                Locale.ROOT,
                "fixed rate of %d msg/s: consumer latency (µs, publish -> consumer) after a %d s warm-up, medians%n",
                options.rate(),
                options.warmupSeconds()));
        out.append(String.format(Locale.ROOT, LATENCY_ROW, "side", "p50", "p99", "p99 by round", "cpu µs/msg"));
        for (var side : sides(Scenario.LATENCY)) {
            out.append(String.format(
                    Locale.ROOT,
                    LATENCY_ROW,
                    name(side),
                    number(medians.of(side, Scenario.LATENCY, RunResult::p50Micros)),
                    number(medians.of(side, Scenario.LATENCY, RunResult::p99Micros)),
                    byRound(side, Scenario.LATENCY, RunResult::p99Micros),
                    decimal(medians.of(side, Scenario.LATENCY, RunResult::cpuMicrosPerMessage))));
        }
        out.append('\n');
        var lines = Targets.lines(medians);
        lines.forEach(line -> out.append(line.render()).append('\n'));
        out.append(Targets.verdict(lines)).append('\n');
        return out.toString();
    }

    static String name(Side side) {
        return switch (side.role()) {
            case REFERENCE -> side.label() + " (reference)";
            case INFORMATION -> side.label() + " (info)";
            default -> side.label();
        };
    }

    private String byRound(Side side, Scenario scenario, ToDoubleFunction<RunResult> figure) {
        return medians.runs(side, scenario).stream()
                .map(r -> number(figure.applyAsDouble(r)))
                .collect(Collectors.joining(" / "));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    private static String decimal(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
