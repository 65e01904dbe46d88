package dev.agora.bench.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static final BenchOptions OPTIONS = BenchOptions.parse("--rounds", "3");

    private static List<RunResult> results() {
        return List.of(
                new RunResult(Side.AGORA, Scenario.THROUGHPUT, 1, 14_000, 5_000, 20_000),
                new RunResult(Side.PERFTEST, Scenario.THROUGHPUT, 1, 15_000, 5_200, 30_000),
                new RunResult(Side.AGORA, Scenario.LATENCY, 1, 1_000, 900, 3_300),
                new RunResult(Side.PERFTEST, Scenario.LATENCY, 1, 1_000, 850, 3_000),
                new RunResult(Side.AGORA, Scenario.THROUGHPUT, 2, 12_000, 5_000, 20_000),
                new RunResult(Side.PERFTEST, Scenario.THROUGHPUT, 2, 16_000, 5_200, 30_000),
                new RunResult(Side.AGORA, Scenario.LATENCY, 2, 1_000, 950, 2_000),
                new RunResult(Side.PERFTEST, Scenario.LATENCY, 2, 1_000, 800, 2_000),
                new RunResult(Side.AGORA, Scenario.THROUGHPUT, 3, 14_550, 5_000, 20_000),
                new RunResult(Side.PERFTEST, Scenario.THROUGHPUT, 3, 14_000, 5_200, 30_000),
                new RunResult(Side.AGORA, Scenario.LATENCY, 3, 1_000, 1_000, 9_000),
                new RunResult(Side.PERFTEST, Scenario.LATENCY, 3, 1_000, 900, 4_000));
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Summary.median(3, 1, 2)).isEqualTo(2);
        assertThat(Summary.median(4, 1, 3, 2)).isEqualTo(2.5);
        assertThat(Summary.median()).isNaN();
    }

    @Test
    void ratiosCompareTheMediansOfBothSides() {
        var summary = new Summary(results(), OPTIONS);

        assertThat(summary.throughputRatio()).isEqualTo(14_000.0 / 15_000.0);
        assertThat(summary.p99Ratio()).isEqualTo(3_300.0 / 3_000.0);
    }

    @Test
    void printsTheRatioLinesExactly() {
        var text = new Summary(results(), OPTIONS).render();

        assertThat(text)
                .contains("throughput ratio agora/perftest = 0.93\n")
                .contains("p99 latency ratio agora/perftest at 1000 msg/s = 1.10\n");
    }

    @Test
    void tableHasEveryRoundAndTheMedians() {
        var text = new Summary(results(), OPTIONS).render();

        assertThat(text).contains("14,550").contains("16,000").contains("9,000");
        assertThat(text.lines().filter(line -> line.startsWith("median"))).hasSize(2);
        assertThat(text.lines().filter(line -> line.matches("^[123] .*"))).hasSize(6);
    }

    @Test
    void verdictNamesTheMissedTarget() {
        assertThat(Summary.verdict(0.97, 1.10)).startsWith("verdict: PASS");
        assertThat(Summary.verdict(0.85, 1.10))
                .startsWith("verdict: FAIL")
                .contains("throughput 0.85 < 0.90: MISSED")
                .contains("p99 latency 1.10 <= 1.50: met");
        assertThat(Summary.verdict(0.90, 1.60)).contains("p99 latency 1.60 > 1.50: MISSED");
    }

    @Test
    void ratiosHaveTwoDecimalsWhateverTheLocale() {
        assertThat(Summary.ratio(0.966)).isEqualTo("0.97");
        assertThat(Summary.ratio(1.1)).isEqualTo("1.10");
    }

    @Test
    void oneRunsFiguresOnOneLine() {
        var result = new RunResult(Side.AGORA, Scenario.THROUGHPUT, 1, 14_200.4, 5_431.6, 54_166);

        assertThat(Summary.figures(result)).isEqualTo("14,200 msg/s, latency p50 5,432 µs, p99 54,166 µs");
    }
}
