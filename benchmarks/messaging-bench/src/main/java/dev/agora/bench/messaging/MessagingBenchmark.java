package dev.agora.bench.messaging;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./agora bench messaging}: Agora's publish-to-handler path with every guarantee on, against RabbitMQ
 * PerfTest through the same conventions (the reference), plain PerfTest, and the Spring AMQP and Spring
 * Cloud Stream peers, with the same settings on the same broker. Runs alternate (one of each side per round)
 * and medians are reported, because the machine is small and noisy: a slow minute hurts every side alike.
 * Each run is its own JVM ({@link SideProcess}), so client CPU per message is each client's own.
 */
public record MessagingBenchmark(BenchOptions options, PrintStream out) {

    public static void main(String[] args) {
        // exit explicitly: PerfTest and the AMQP client may leave non-daemon threads behind
        if (args.length > 0 && args[0].equals(SideMain.FLAG)) System.exit(SideMain.run(args, System.out));
        System.exit(start(args));
    }

    /** Parses the command line and runs; the exit status: 0 done, 1 failed, 2 a bad command line. */
    private static int start(String[] args) {
        try {
            var options = BenchOptions.parse(args);
            if (options.help()) System.out.print(BenchOptions.usage());
            return options.help() ? 0 : new MessagingBenchmark(options, System.out).run();
        } catch (IllegalArgumentException badCommandLine) {
            System.err.println(badCommandLine.getMessage());
            System.err.print(BenchOptions.usage());
            return 2;
        }
    }

    int run() {
        BenchVhost vhost;
        try {
            vhost = BenchVhost.create();
        } catch (RuntimeException e) {
            System.err.println("cannot create a vhost through the RabbitMQ management API: " + e);
            return 1;
        }
        // Ctrl-C or a kill still removes the vhost; close() makes the second deletion a no-op
        var cleanup = Thread.ofPlatform().name("bench-vhost-cleanup").unstarted(vhost::close);
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            var header = header(vhost);
            out.print(header);
            var summary = new Summary(measure(vhost), options);
            out.println();
            out.print(summary.render());
            if (options.reports() != null) {
                ReportFiles.write(options.reports(), header, summary);
                out.println("report: " + options.reports().resolve(ReportFiles.NAME + ".md") + ", chart: "
                        + options.reports().resolve(ReportFiles.NAME + ".png"));
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("interrupted");
            return 130;
        } catch (IOException | RuntimeException e) {
            if (vhost.deleted()) {
                System.err.println("stopped: the vhost is deleted");
                return 130; // Ctrl-C pulled the broker state from under the run
            }
            System.err.println("benchmark failed: " + e);
            e.printStackTrace();
            return 1;
        } finally {
            try {
                vhost.close();
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException | IllegalArgumentException shuttingDown) {
                // the hook is running or ran already
            }
        }
    }

    private List<RunResult> measure(BenchVhost vhost) throws InterruptedException {
        var sides = new SideProcess(vhost, options, new Progress(out));
        var results = new ArrayList<RunResult>();
        for (int round = 1; round <= options.rounds(); round++) {
            for (var scenario : Scenario.values()) {
                for (var side : options.sides()) {
                    if (!side.runs(scenario)) continue;
                    results.add(sides.run(side, scenario, round));
                    settle();
                }
            }
        }
        return results;
    }

    /** A pause between runs, so a deleted quorum queue's cleanup is not billed to the next run. */
    private static void settle() throws InterruptedException {
        Thread.sleep(1_000);
    }

    private String header(BenchVhost vhost) {
        return String.format(
                Locale.ROOT,
                """
                Agora messaging vs PerfTest and the Spring peers on %s, vhost %s
                  persistent, publisher confirms (%d in flight), mandatory, manual ack (%s for Agora and
                  PerfTest, each message for the Spring peers), quorum queue, prefetch %d, %d-byte body,
                  1 producer + 1 consumer, each run in its own JVM; %d round(s) of %d s per side and scenario,
                  alternating; all but plain PerfTest publish to Agora's topic exchange, bound on to the log exchange
                """,
                vhost.brokerAddress(),
                vhost.name(),
                options.inFlight(),
                options.ackEvery() == 1 ? "each message" : "every " + options.ackEvery() + " messages",
                options.prefetch(),
                options.bodyBytes(),
                options.rounds(),
                options.seconds());
    }
}
