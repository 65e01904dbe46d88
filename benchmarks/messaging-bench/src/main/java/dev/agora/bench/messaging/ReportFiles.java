package dev.agora.bench.messaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** {@code reports/messaging-bench.md} (the summary as printed) and {@code messaging-bench.png} (its medians). */
final class ReportFiles {

    static final String NAME = "messaging-bench";

    private ReportFiles() {}

    static void write(Path folder, String header, Summary summary) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(NAME + ".md"), "```\n" + header + "\n" + summary.render() + "```\n");
        var charts = List.of(
                chart(
                        "max throughput, msg/s (higher is better)",
                        "#,##0",
                        summary,
                        Scenario.THROUGHPUT,
                        r -> r.msgPerSecond()),
                chart(
                        "client CPU, µs per message (lower is better)",
                        "#,##0.0",
                        summary,
                        Scenario.THROUGHPUT,
                        r -> r.cpuMicrosPerMessage()),
                chart(
                        "p99 latency at the fixed rate, ms (lower is better)",
                        "#,##0.0",
                        summary,
                        Scenario.LATENCY,
                        r -> r.p99Micros() / 1_000));
        BitmapEncoder.saveBitmap(
                charts, 1, charts.size(), folder.resolve(NAME).toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static CategoryChart chart(
            String title,
            String decimalPattern,
            Summary summary,
            Scenario scenario,
            ToDoubleFunction<RunResult> figure) {
        var chart =
                new CategoryChartBuilder().width(560).height(460).title(title).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setDecimalPattern(decimalPattern);
        var sides = summary.sides(scenario);
        chart.addSeries(
                "median",
                sides.stream().map(Summary::name).toList(),
                sides.stream()
                        .map(side -> zeroIfMissing(summary.medians().of(side, scenario, figure)))
                        .toList());
        return chart;
    }

    private static double zeroIfMissing(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
