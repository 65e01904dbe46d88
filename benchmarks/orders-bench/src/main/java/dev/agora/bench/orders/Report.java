package dev.agora.bench.orders;

import static dev.agora.bench.orders.ScenarioResult.millis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** The results as a table (console and Markdown), the target lines, and a bar chart of the latencies. */
final class Report {

    private static final String HEADER =
            "| scenario | offered/s | answered/s | to 201/202 p50 ms | p99 ms | to CONFIRMED p50 ms | p99 ms | confirmed | cancelled | unfinished | errors |";

    private final List<ScenarioResult> results;
    private final int rate;

    Report(List<ScenarioResult> results, int rate) {
        this.results = List.copyOf(results);
        this.rate = rate;
    }

    String table() {
        var text = new StringBuilder(HEADER).append('\n');
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var result : results) {
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.0f | %s | %s | %s | %s | %d | %d | %d | %d |%n",
                    result.scenario().label(),
                    result.offeredPerSecond(),
                    result.acceptedPerSecond(),
                    format(millis(result.accept(), 50)),
                    format(millis(result.accept(), 99)),
                    format(millis(result.confirmed(), 50)),
                    format(millis(result.confirmed(), 99)),
                    result.confirmedCount(),
                    result.cancelledCount(),
                    result.unfinishedCount(),
                    result.errorCount()));
        }
        return text.toString();
    }

    /** The targets, for the async scenario with a fast, reliable provider. */
    String targets() {
        var async = results.stream()
                .filter(r -> r.scenario().async()
                        && r.scenario().paymentLatency().isZero()
                        && r.scenario().paymentFailureRate() == 0)
                .findFirst();
        if (async.isEmpty()) {
            return "";
        }
        var accept = millis(async.get().accept(), 99);
        var confirmed = millis(async.get().confirmed(), 99);
        return String.format(
                Locale.ROOT,
                "async accept p99 at %d orders/s = %s ms (target < 25: %s)%n"
                        + "async time to CONFIRMED p99 at %d orders/s = %s ms (target < 500: %s)%n",
                rate,
                format(accept),
                accept < 25 ? "met" : "NOT met",
                rate,
                format(confirmed),
                confirmed < 500 ? "met" : "NOT met");
    }

    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("orders-bench.md"), table() + "\n" + targets());
        var chart = new CategoryChartBuilder()
                .width(1000)
                .height(520)
                .title("Orders at " + rate + "/s: p99 latency (ms)")
                .yAxisTitle("ms")
                .build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setXAxisLabelRotation(20);
        var labels = results.stream().map(r -> r.scenario().label()).toList();
        chart.addSeries(
                "to 201/202",
                labels,
                results.stream().map(r -> floor(millis(r.accept(), 99))).toList());
        chart.addSeries(
                "to CONFIRMED",
                labels,
                results.stream().map(r -> floor(millis(r.confirmed(), 99))).toList());
        BitmapEncoder.saveBitmap(chart, folder.resolve("orders-bench").toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    /** Sync orders have no separate confirmation time: their answer is the final order. */
    private static double floor(double millis) {
        return Double.isNaN(millis) ? 0 : millis;
    }

    private static String format(double millis) {
        return Double.isNaN(millis) ? "–" : String.format(Locale.ROOT, "%.1f", millis);
    }
}
