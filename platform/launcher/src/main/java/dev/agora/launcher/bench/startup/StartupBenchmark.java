package dev.agora.launcher.bench.startup;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.LauncherException;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.console.ProgressBoard;
import dev.agora.launcher.logs.LogTail;
import dev.agora.launcher.process.PidFiles;
import dev.agora.launcher.process.ProcessStopper;
import dev.agora.launcher.process.ServiceLauncher;
import dev.agora.launcher.up.HealthWaiter;
import dev.agora.launcher.up.LaunchedServices;
import dev.agora.launcher.up.PlatformPreparation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./agora bench startup}: starts every service the way {@code up} does, from nothing running, and measures
 * the wall time until all are healthy and their total resident memory; without and with the AOT caches, alternating
 * when there are several rounds. Stops what it started after each round.
 */
public final class StartupBenchmark {

    public static final String TARGET = "startup";
    static final Duration SETTLE = Duration.ofSeconds(10);
    private static final Duration PAUSE_BETWEEN_ROUNDS = Duration.ofSeconds(5);

    private final AgoraHome home;
    private final ServiceCatalog catalog;
    private final PlatformPreparation preparation;
    private final ServiceLauncher launcher;
    private final PidFiles pidFiles;
    private final ProcessStopper stopper;
    private final HealthWaiter waiter;
    private final List<String> jvmArguments;

    public StartupBenchmark(
            AgoraHome home,
            ServiceCatalog catalog,
            PlatformPreparation preparation,
            ServiceLauncher launcher,
            PidFiles pidFiles,
            ProcessStopper stopper,
            HealthWaiter waiter,
            List<String> jvmArguments) {
        this.home = home;
        this.catalog = catalog;
        this.preparation = preparation;
        this.launcher = launcher;
        this.pidFiles = pidFiles;
        this.stopper = stopper;
        this.waiter = waiter;
        this.jvmArguments = List.copyOf(jvmArguments);
    }

    /** Arguments: {@code --rounds <n>} (default 1), each round one start without and one with the caches. */
    public int run(List<String> arguments, PrintWriter out) throws InterruptedException, IOException {
        int rounds = rounds(arguments);
        String loadBefore = StartupReport.loadAverage();
        preparation.prepare(out); // refuses when services run, builds, makes the caches: none of it is measured
        var results = new ArrayList<StartupRound>();
        for (int round = 1; round <= rounds; round++) {
            for (boolean aotCaches : List.of(false, true)) {
                Thread.sleep(PAUSE_BETWEEN_ROUNDS); // the previous JVMs' exit and the build leave the CPUs busy
                out.printf("Round %d/%d, %s AOT caches:%n", round, rounds, aotCaches ? "with" : "without");
                results.add(measure(aotCaches ? launcher : launcher.withoutAotCaches(), aotCaches, out));
            }
        }
        var report = new StartupReport(catalog.names(), results, jvmArguments, loadBefore, StartupReport.loadAverage());
        out.println();
        report.console().forEach(out::println);
        Path file = home.resolve("reports/startup-bench.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.markdown());
        out.println("Written to " + home.relative(file));
        out.flush();
        return 0;
    }

    private StartupRound measure(ServiceLauncher roundLauncher, boolean aotCaches, PrintWriter out)
            throws InterruptedException {
        var launched = new LaunchedServices(roundLauncher, pidFiles, stopper);
        Thread stopOnExit = new Thread(() -> launched.stopAll(out), "agora-stop-benchmark");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            long startedAt = System.nanoTime();
            catalog.services().forEach(launched::start);
            var board = ProgressBoard.forConsole(out, catalog.names());
            var outcome = waiter.awaitHealthy(launched.processes(), startedAt, board);
            if (outcome.failure().isPresent()) {
                throw failed(outcome.failure().get(), out);
            }
            var rssHealthy = residentKb(launched.processes());
            out.printf(
                    "  all healthy after %.1f s, %d MB resident; settling %d s…%n",
                    seconds(Collections.max(outcome.healthyAfter().values())),
                    rssHealthy.values().stream().mapToLong(Long::longValue).sum() / 1024,
                    SETTLE.toSeconds());
            out.flush();
            Thread.sleep(SETTLE);
            return new StartupRound(
                    aotCaches, names(outcome.healthyAfter()), rssHealthy, residentKb(launched.processes()));
        } finally {
            launched.stopAll(out);
            removeHook(stopOnExit);
        }
    }

    private LauncherException failed(HealthWaiter.Failure failure, PrintWriter out) {
        var log = home.logFile(failure.service().name());
        out.println("Last lines of " + home.relative(log) + ":");
        LogTail.lastLines(log, 20).forEach(line -> out.println("  | " + line));
        return new LauncherException("benchmark aborted: " + failure.service().name() + " " + failure.reason());
    }

    private static Map<String, Long> residentKb(Map<AgoraService, Process> processes) {
        var rss = new LinkedHashMap<String, Long>();
        processes.forEach((service, process) ->
                rss.put(service.name(), ResidentMemory.kilobytes(process.pid()).orElse(0)));
        return rss;
    }

    private static Map<String, Duration> names(Map<AgoraService, Duration> byService) {
        var byName = new LinkedHashMap<String, Duration>();
        byService.forEach((service, duration) -> byName.put(service.name(), duration));
        return byName;
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    static int rounds(List<String> arguments) {
        if (arguments.isEmpty()) {
            return 1;
        }
        if (arguments.size() == 2 && arguments.getFirst().equals("--rounds")) {
            try {
                int rounds = Integer.parseInt(arguments.get(1));
                if (rounds >= 1) {
                    return rounds;
                }
            } catch (NumberFormatException e) {
                // reported below like any other wrong argument
            }
        }
        throw new LauncherException("bench startup takes only --rounds <n> (n >= 1), not " + arguments);
    }

    /** Once the JVM is shutting down (Ctrl-C) the hook is running or done and cannot be removed. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook stops the services itself
        }
    }
}
