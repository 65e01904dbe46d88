package dev.agora.bench.messaging;

import com.rabbitmq.perf.PerfTest;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One measured PerfTest run, in this JVM through {@code PerfTest.main(args, options)}, which reports its
 * exit status instead of calling {@code System.exit}. Same broker, vhost and settings as the Agora run.
 */
final class PerfTestRun {

    static final String QUEUE = "perftest-q";

    private final BenchVhost vhost;
    private final BenchOptions options;
    private final Progress progress;

    PerfTestRun(BenchVhost vhost, BenchOptions options, Progress progress) {
        this.vhost = vhost;
        this.options = options;
        this.progress = progress;
    }

    /** The PerfTest command line equivalent to Agora's settings. */
    static List<String> arguments(String uri, BenchOptions options, Scenario scenario, String id) {
        var args = new ArrayList<>(List.of(
                "-h",
                uri,
                "--id",
                id,
                "-x",
                "1",
                "-y",
                "1",
                "-s",
                String.valueOf(options.bodyBytes()),
                "-f",
                "persistent",
                "-f",
                "mandatory",
                "-c",
                String.valueOf(options.inFlight()),
                "-q",
                String.valueOf(options.prefetch()),
                // no -a: manual ack after the message is handled, as Agora's dispatcher does
                "-qq",
                "-u",
                QUEUE,
                "-z",
                String.valueOf(options.seconds())));
        if (options.perfTestLikeAgora()) {
            args.addAll(AgoraLikeTopology.perfTestArguments());
        }
        if (options.ackEvery() > 1) {
            args.addAll(List.of("-A", String.valueOf(options.ackEvery())));
        }
        if (scenario == Scenario.LATENCY) {
            args.addAll(List.of("-r", String.valueOf(options.rate())));
        }
        return args;
    }

    RunResult run(Scenario scenario, int round) {
        var label = Progress.label(Side.PERFTEST, round, options.rounds(), scenario);
        if (options.perfTestLikeAgora()) AgoraLikeTopology.declare(vhost, QUEUE);
        var output = new StringBuilder();
        var exitStatus = new AtomicInteger(-1);
        var console = new PrintStream(
                new LineSink(line -> {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    PerfTestReport.parseSecond(line)
                            .ifPresent(s -> progress.second(label, (int) Math.round(s.time()), s.received()));
                }),
                true,
                StandardCharsets.UTF_8);
        var id = "perftest-" + scenario.name().toLowerCase(Locale.ROOT) + "-" + round;
        // PerfTest prints some lines ("starting consumer #0") straight to System.out: keep them in the capture
        var systemOut = System.out;
        System.setOut(console);
        try {
            PerfTest.main(
                    arguments(vhost.amqpUri(), options, scenario, id).toArray(String[]::new),
                    new PerfTest.PerfTestOptions()
                            .setSystemExiter(exitStatus::set)
                            .setConsoleOut(console)
                            .setConsoleErr(console));
        } finally {
            System.setOut(systemOut);
            console.close();
            vhost.deleteQueue(QUEUE);
        }
        String text;
        synchronized (output) {
            text = output.toString();
        }
        if (exitStatus.get() != 0) {
            throw new IllegalStateException("PerfTest exited with " + exitStatus.get() + ":\n" + text);
        }
        var report = PerfTestReport.parse(text);
        double msgPerSecond =
                scenario == Scenario.THROUGHPUT ? report.steadyRate(options.warmupSeconds()) : report.steadyRate(0);
        var result =
                new RunResult(Side.PERFTEST, scenario, round, msgPerSecond, report.p50Micros(), report.p99Micros());
        progress.done(label, Summary.figures(result));
        return result;
    }
}
