package dev.agora.bench.messaging;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs one side's measured run in a JVM of its own (this benchmark's jar, entry {@link SideMain}), so the
 * CPU time it reports is that client's alone. Declares the side's topology first and drops its queue after.
 */
record SideProcess(BenchVhost vhost, BenchOptions options, Progress progress) {

    RunResult run(Side side, Scenario scenario, int round) throws InterruptedException {
        var label = Progress.label(side, round, options.rounds(), scenario);
        if (side == Side.SPRING_CLOUD_STREAM) {
            AgoraLikeTopology.declareExchanges(vhost);
        } else if (side.usesAgoraLikeTopology()) {
            AgoraLikeTopology.declare(vhost, side.queue());
        }
        Process process = null;
        try {
            process = new ProcessBuilder(command(side, scenario, round))
                    .redirectErrorStream(true)
                    .start();
            ChildReport report = read(process, label);
            int exit = process.waitFor();
            if (exit != 0 || report == null) {
                throw new IllegalStateException(
                        label + " failed: its JVM exited with " + exit + (report == null ? " and no result line" : ""));
            }
            var result = new RunResult(side, scenario, round, report);
            progress.done(label, Summary.figures(result));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the JVM of " + label, e);
        } finally {
            if (process != null) process.destroyForcibly();
            vhost.deleteQueue(side.queue());
        }
    }

    /** Where the flight recording of an Agora run goes: beside the reports, in a folder git ignores. */
    private Path recording(Scenario scenario, int round) throws IOException {
        var folder = options.reports().resolve(ReportFiles.NAME + "-logs");
        Files.createDirectories(folder);
        return folder.resolve(String.format(
                        Locale.ROOT, "agora-%s-%d.jfr", scenario.name().toLowerCase(Locale.ROOT), round))
                .toAbsolutePath();
    }

    private ChildReport read(Process process, String label) throws IOException {
        ChildReport report = null;
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                var tick = ChildProgress.parse(line);
                var result = ChildReport.parse(line);
                if (tick.isPresent()) {
                    progress.second(label, tick.get().second(), tick.get().msgPerSecond());
                } else if (result.isPresent()) {
                    report = result.get();
                } else if (!line.isBlank()) {
                    progress.note(label, line);
                }
            }
        }
        return report;
    }

    private List<String> command(Side side, Scenario scenario, int round) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        if (options.profile() && side == Side.AGORA) {
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + recording(scenario, round));
        }
        var classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            // run as ./agora does, java -jar <the benchmark's jar>: the jar's own launcher finds the libraries
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, MessagingBenchmark.class.getName()));
        }
        command.addAll(SideMain.arguments(side, scenario, vhost.name(), options));
        return command;
    }
}
