package dev.agora.bench.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static final BenchOptions OPTIONS = BenchOptions.parse("--rounds", "3");

    /** Three rounds; each side's throughput and CPU move by round, its latency figures do not. */
    private static List<RunResult> results() {
        var results = new ArrayList<RunResult>();
        double[][] byRound = {
            {14_000, 15_000, 22_000, 5_000, 6_000},
            {12_000, 16_000, 21_000, 6_000, 7_000},
            {14_550, 14_000, 20_000, 7_000, 5_000}
        };
        double[] cpu = {40, 20, 18, 60, 90};
        double[] p99 = {3_300, 3_000, 2_500, 4_000, 5_000};
        var sides = List.of(Side.AGORA, Side.PERFTEST, Side.PERFTEST_PLAIN, Side.SPRING_AMQP, Side.SPRING_CLOUD_STREAM);
        for (int round = 1; round <= 3; round++) {
            for (int i = 0; i < sides.size(); i++) {
                var side = sides.get(i);
                results.add(new RunResult(
                        side, Scenario.THROUGHPUT, round, byRound[round - 1][i], 5_000, 20_000, cpu[i] + round));
                if (side.runs(Scenario.LATENCY)) {
                    results.add(new RunResult(side, Scenario.LATENCY, round, 1_000, 800, p99[i], cpu[i] * 2));
                }
            }
        }
        return results;
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Medians.median(3, 1, 2)).isEqualTo(2);
        assertThat(Medians.median(4, 1, 3, 2)).isEqualTo(2.5);
        assertThat(Medians.median()).isNaN();
    }

    @Test
    void ratiosCompareAgorasMedianWithTheOtherSides() {
        var medians = new Medians(results());

        assertThat(medians.ratio(Side.PERFTEST, Scenario.THROUGHPUT, RunResult::msgPerSecond))
                .isEqualTo(14_000.0 / 15_000.0);
        assertThat(medians.ratio(Side.PERFTEST, Scenario.THROUGHPUT, RunResult::cpuMicrosPerMessage))
                .isEqualTo(42.0 / 22.0);
        assertThat(medians.ratio(Side.PERFTEST, Scenario.LATENCY, RunResult::p99Micros))
                .isEqualTo(3_300.0 / 3_000.0);
    }

    @Test
    void printsTheRatioLinesWithTheirTargets() {
        var text = new Summary(results(), OPTIONS).render();

        assertThat(text)
                .contains("throughput ratio agora/perftest = 0.93 (target >= 0.95: NOT met)\n")
                .contains("client cpu ratio agora/perftest = 1.91 (target <= 1.50: NOT met)\n")
                .contains("p99 ratio agora/perftest = 1.10 (target <= 1.50: met)\n")
                .contains("throughput ratio agora/spring-amqp = 2.33 (target >= 2.00: met)\n")
                .contains("throughput ratio agora/spring-cloud-stream = 2.33 (target >= 2.00: met)\n")
                .contains("throughput ratio agora/perftest-plain = 0.67 (information)\n")
                .contains("verdict: FAIL (not met: throughput ratio agora/perftest, client cpu ratio agora/perftest)");
    }

    @Test
    void tablesHaveEverySideWithItsRoundsMediansAndCpu() {
        var text = new Summary(results(), OPTIONS).render();

        assertThat(text).contains("14,000 / 12,000 / 14,550").contains("42.0").contains("5,000 / 5,000 / 5,000");
        assertThat(text.lines().filter(line -> line.startsWith("perftest (reference)")))
                .hasSize(2);
        // plain PerfTest runs the throughput scenario only
        assertThat(text.lines().filter(line -> line.startsWith("perftest-plain (info)")))
                .hasSize(1);
        assertThat(text.lines().filter(line -> line.startsWith("spring-cloud-stream")))
                .hasSize(2);
    }

    @Test
    void aSideThatDidNotRunHasNoLine() {
        var options = BenchOptions.parse("--sides", "agora,perftest");
        var results = results().stream()
                .filter(r -> r.side() == Side.AGORA || r.side() == Side.PERFTEST)
                .toList();

        var text = new Summary(results, options).render();

        assertThat(text).doesNotContain("spring-amqp").doesNotContain("perftest-plain");
        assertThat(Targets.lines(new Medians(results))).hasSize(3);
    }

    @Test
    void verdictPassesWhenEveryCountedTargetIsMet() {
        var lines = List.of(
                new Targets.Line("throughput ratio agora/perftest", 0.97, ">=", 0.95, true),
                new Targets.Line("throughput ratio agora/perftest-plain", 0.50, ">=", 2.0, false));

        assertThat(Targets.verdict(lines)).isEqualTo("verdict: PASS");
        assertThat(lines.get(0).render()).isEqualTo("throughput ratio agora/perftest = 0.97 (target >= 0.95: met)");
    }

    @Test
    void ratiosHaveTwoDecimalsWhateverTheLocale() {
        assertThat(Targets.format(0.966)).isEqualTo("0.97");
        assertThat(Targets.format(1.1)).isEqualTo("1.10");
    }

    @Test
    void oneRunsFiguresOnOneLine() {
        var result = new RunResult(Side.AGORA, Scenario.THROUGHPUT, 1, 14_200.4, 5_431.6, 54_166, 41.26);

        assertThat(Summary.figures(result))
                .isEqualTo("14,200 msg/s, latency p50 5,432 µs, p99 54,166 µs, client cpu 41.3 µs/msg");
    }
}
