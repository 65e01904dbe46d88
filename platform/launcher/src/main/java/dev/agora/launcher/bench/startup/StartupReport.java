package dev.agora.launcher.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The start-up figures, medians per mode over the rounds, for the terminal and for reports/startup-bench.md. */
final class StartupReport {

    static final double TARGET_SECONDS = 60;
    static final long TARGET_MB = 4096;

    private final List<String> services;
    private final List<StartupRound> without;
    private final List<StartupRound> with;
    private final List<String> jvmArguments;
    private final String loadBefore;
    private final String loadAfter;

    StartupReport(
            List<String> services,
            List<StartupRound> rounds,
            List<String> jvmArguments,
            String loadBefore,
            String loadAfter) {
        this.services = List.copyOf(services);
        this.without = rounds.stream().filter(r -> !r.aotCaches()).toList();
        this.with = rounds.stream().filter(StartupRound::aotCaches).toList();
        this.jvmArguments = List.copyOf(jvmArguments);
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
    }

    /** The 1-minute load average, to judge how busy the shared machine was. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    List<String> console() {
        var lines = new ArrayList<String>();
        lines.add(String.format(
                "Start-up of %d services, %d round(s), medians; load average %s before, %s after; %d CPUs; Java %s",
                services.size(),
                with.size(),
                loadBefore,
                loadAfter,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        lines.add("JVM arguments: " + String.join(" ", jvmArguments));
        lines.add("");
        lines.add(String.format("%-12s %21s   %21s", "", "healthy after (s)", "RSS settled (MB)"));
        lines.add(String.format(
                "%-12s %10s %10s   %10s %10s", "service", "no cache", "AOT cache", "no cache", "AOT cache"));
        for (String service : services) {
            lines.add(row(
                    service,
                    r -> StartupBenchmark.seconds(r.healthyAfter().get(service)),
                    r -> r.rssSettledKb().get(service)));
        }
        lines.add(row("all", r -> StartupBenchmark.seconds(r.allHealthy()), StartupRound::totalRssSettledKb));
        lines.add(String.format(
                "RSS when all were healthy: %d MB without AOT caches, %d MB with",
                megabytes(median(without, StartupRound::totalRssHealthyKb)),
                megabytes(median(with, StartupRound::totalRssHealthyKb))));
        lines.add("");
        double withSeconds = median(with, r -> StartupBenchmark.seconds(r.allHealthy()));
        double withoutSeconds = median(without, r -> StartupBenchmark.seconds(r.allHealthy()));
        lines.add(String.format("startup all healthy = %.1f s (target < %.0f s)", withSeconds, TARGET_SECONDS));
        lines.add(String.format("startup total RSS = %d MB (target < %d MB)", peakMegabytes(with), TARGET_MB));
        lines.add(String.format(
                "startup AOT cache speed-up = %.2fx (all healthy after %.1f s without the caches, %.1f s with)",
                withoutSeconds / withSeconds, withoutSeconds, withSeconds));
        lines.add(String.format(
                "startup without AOT caches: all healthy = %.1f s, total RSS = %d MB",
                withoutSeconds, peakMegabytes(without)));
        return lines;
    }

    String markdown() {
        return "# Start-up benchmark\n\n"
                + "`./agora bench startup` of " + LocalDate.now() + ": every service of the catalog started the way"
                + " `./agora up` starts it, from nothing running, once without and once with the JVM AOT caches"
                + " (`.agora/aot/<service>/`) per round. \"Healthy after\" counts from the first process start;"
                + " RSS is VmRSS from /proc, settled = 10 s after all were healthy. The total RSS target line takes"
                + " the larger of the totals when healthy and settled.\n\n"
                + "```text\n" + String.join("\n", console()) + "\n```\n";
    }

    private String row(String label, ToDoubleFunction<StartupRound> seconds, ToDoubleFunction<StartupRound> kb) {
        return String.format(
                "%-12s %10.1f %10.1f   %10d %10d",
                label,
                median(without, seconds),
                median(with, seconds),
                megabytes(median(without, kb)),
                megabytes(median(with, kb)));
    }

    /** The larger of the totals when all were healthy and after settling, as the target must hold for both. */
    private static long peakMegabytes(List<StartupRound> rounds) {
        return megabytes(Math.max(
                median(rounds, StartupRound::totalRssHealthyKb), median(rounds, StartupRound::totalRssSettledKb)));
    }

    static double median(List<StartupRound> rounds, ToDoubleFunction<StartupRound> value) {
        double[] sorted = rounds.stream().mapToDouble(value).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long megabytes(double kilobytes) {
        return Math.round(kilobytes / 1024);
    }
}
