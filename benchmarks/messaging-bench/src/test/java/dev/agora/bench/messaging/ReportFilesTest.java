package dev.agora.bench.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @Test
    void writesTheSummaryAndAChartOfTheMedians(@TempDir Path folder) throws Exception {
        var results = List.of(
                new RunResult(Side.AGORA, Scenario.THROUGHPUT, 1, 14_000, 5_000, 20_000, 40),
                new RunResult(Side.PERFTEST, Scenario.THROUGHPUT, 1, 15_000, 5_000, 20_000, 20),
                new RunResult(Side.AGORA, Scenario.LATENCY, 1, 1_000, 800, 3_000, 80),
                new RunResult(Side.PERFTEST, Scenario.LATENCY, 1, 1_000, 800, 3_000, 40));

        ReportFiles.write(folder, "header line\n", new Summary(results, BenchOptions.parse("--rounds", "1")));

        assertThat(Files.readString(folder.resolve("messaging-bench.md")))
                .startsWith("```\nheader line\n")
                .contains("throughput ratio agora/perftest = 0.93")
                .endsWith("```\n");
        var png = Files.readAllBytes(folder.resolve("messaging-bench.png"));
        assertThat(png).hasSizeGreaterThan(1_000);
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PNG");
    }
}
