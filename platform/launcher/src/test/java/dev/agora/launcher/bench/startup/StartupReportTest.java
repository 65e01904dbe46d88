package dev.agora.launcher.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupReportTest {

    @Test
    void summaryGivesTheCachedFiguresAgainstTheTargetsAndTheSpeedUp() {
        var without = round(false, 50_000, 60_000, 1_600_000, 1_500_000);
        var with = round(true, 20_000, 25_000, 1_400_000, 1_500_000);

        var lines = new StartupReport(List.of("a", "b"), List.of(without, with), List.of("-Xmx384m"), "0.5", "1.5")
                .console();

        assertThat(lines)
                .contains(
                        "startup all healthy = 25.0 s (target < 60 s)",
                        // the larger total: 2 x 1.5 GB settled beats 2 x 1.4 GB when healthy
                        "startup total RSS = 2930 MB (target < 4096 MB)",
                        "startup AOT cache speed-up = 2.40x (all healthy after 60.0 s without the caches, 25.0 s with)",
                        "startup without AOT caches: all healthy = 60.0 s, total RSS = 3125 MB");
        assertThat(lines).anyMatch(line -> line.matches("b +60\\.0 +25\\.0 +1465 +1465"));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        var rounds = List.of(
                round(true, 1_000, 10_000, 1, 1),
                round(true, 1_000, 40_000, 1, 1),
                round(true, 1_000, 20_000, 1, 1),
                round(true, 1_000, 30_000, 1, 1));

        assertThat(StartupReport.median(rounds, r -> StartupBenchmark.seconds(r.allHealthy())))
                .isEqualTo(25.0);
        assertThat(StartupReport.median(rounds.subList(0, 3), r -> StartupBenchmark.seconds(r.allHealthy())))
                .isEqualTo(20.0);
    }

    /** Services a and b, healthy after the given milliseconds, each with the given RSS. */
    private static StartupRound round(boolean aot, long aMillis, long bMillis, long healthyKb, long settledKb) {
        return new StartupRound(
                aot,
                Map.of("a", Duration.ofMillis(aMillis), "b", Duration.ofMillis(bMillis)),
                Map.of("a", healthyKb, "b", healthyKb),
                Map.of("a", settledKb, "b", settledKb));
    }
}
