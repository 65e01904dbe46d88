package dev.agora.bench.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ratio lines of the summary and whether each meets its target (issue 10: throughput at least 0.95x
 * PerfTest through the conventions, client CPU and p99 at most 1.5x PerfTest's, at least twice the Spring
 * peers' throughput). Plain PerfTest's ratio is information only.
 */
final class Targets {

    static final double THROUGHPUT = 0.95;
    static final double CLIENT_CPU = 1.5;
    static final double P99 = 1.5;
    static final double PEERS = 2.0;

    /** One line: {@code <name> = <x.xx> (target >= 0.95: met)}. */
    record Line(String name, double ratio, String comparison, double target, boolean counted) {

        boolean met() {
            return comparison.equals(">=") ? ratio >= target : ratio <= target;
        }

        String render() {
            var value = name + " = " + format(ratio);
            if (!counted) return value + " (information)";
            return value + " (target " + comparison + " " + format(target) + ": " + (met() ? "met" : "NOT met") + ")";
        }
    }

    private Targets() {}

    static List<Line> lines(Medians medians) {
        var lines = new ArrayList<Line>();
        lines.add(new Line(
                "throughput ratio agora/perftest",
                medians.ratio(Side.PERFTEST, Scenario.THROUGHPUT, RunResult::msgPerSecond),
                ">=",
                THROUGHPUT,
                true));
        lines.add(new Line(
                "client cpu ratio agora/perftest",
                medians.ratio(Side.PERFTEST, Scenario.THROUGHPUT, RunResult::cpuMicrosPerMessage),
                "<=",
                CLIENT_CPU,
                true));
        lines.add(new Line(
                "p99 ratio agora/perftest",
                medians.ratio(Side.PERFTEST, Scenario.LATENCY, RunResult::p99Micros),
                "<=",
                P99,
                true));
        for (var peer : List.of(Side.SPRING_AMQP, Side.SPRING_CLOUD_STREAM, Side.PERFTEST_PLAIN)) {
            if (!medians.ran(peer)) continue;
            lines.add(new Line(
                    "throughput ratio agora/" + peer.label(),
                    medians.ratio(peer, Scenario.THROUGHPUT, RunResult::msgPerSecond),
                    ">=",
                    PEERS,
                    peer.role() == Side.Role.PEER));
        }
        return lines;
    }

    static String verdict(List<Line> lines) {
        var missed = lines.stream()
                .filter(line -> line.counted() && !line.met())
                .map(Line::name)
                .toList();
        return missed.isEmpty() ? "verdict: PASS" : "verdict: FAIL (not met: " + String.join(", ", missed) + ")";
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
