package dev.agora.bench.messaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** {@code reports/messaging-bench.md} (the summary as printed) and {@code messaging-bench.png} (its medians). */
final class ReportFiles {

    static final String NAME = "messaging-bench";

    private ReportFiles() {}

    static void write(Path folder, String header, Summary summary) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(NAME + ".md"), "```\n" + header + "\n" + summary.render() + "```\n");
        var sides = summary.sides();
        var charts = List.of(
                chart(
                        "max throughput, msg/s (higher is better)",
                        sides,
                        summary,
                        Scenario.THROUGHPUT,
                        RunResult::msgPerSecond),
                chart(
                        "client CPU, µs per message (lower is better)",
                        sides,
                        summary,
                        Scenario.THROUGHPUT,
                        RunResult::cpuMicrosPerMessage),
                chart(
                        "p99 latency at the fixed rate, µs (lower is better)",
                        sides,
                        summary,
                        Scenario.LATENCY,
                        RunResult::p99Micros));
        BitmapEncoder.saveBitmap(
                charts, 1, charts.size(), folder.resolve(NAME).toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static CategoryChart chart(
            String title, List<Side> sides, Summary summary, Scenario scenario, ToDoubleFunction<RunResult> figure) {
        var chart =
                new CategoryChartBuilder().width(560).height(460).title(title).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
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
