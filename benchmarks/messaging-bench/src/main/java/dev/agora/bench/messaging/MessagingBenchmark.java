package dev.agora.bench.messaging;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./agora bench messaging}: Agora's publish-to-handler path with every guarantee on, against RabbitMQ
 * PerfTest with the same settings on the same broker. Runs alternate (Agora, PerfTest, Agora, ...) and
 * medians are reported, because the machine is small and noisy: a slow minute hurts both sides alike.
 */
public final class MessagingBenchmark {

    private final BenchOptions options;
    private final PrintStream out;

    MessagingBenchmark(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchOptions.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(BenchOptions.usage());
            return;
        }
        // exit explicitly: PerfTest and the AMQP client may leave non-daemon threads behind
        System.exit(new MessagingBenchmark(options, System.out).run());
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
            out.print(header(vhost));
            var results = measure(vhost);
            out.println();
            out.print(new Summary(results, options).render());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("interrupted");
            return 130;
        } catch (RuntimeException e) {
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
        var progress = new Progress(out);
        var agora = new AgoraRun(vhost, options, progress);
        var perfTest = new PerfTestRun(vhost, options, progress);
        var results = new ArrayList<RunResult>();
        for (int round = 1; round <= options.rounds(); round++) {
            for (var scenario : Scenario.values()) {
                results.add(agora.run(scenario, round));
                if (round == 1 && scenario == Scenario.THROUGHPUT) checkBodySize(agora.bodyBytes());
                settle();
                results.add(perfTest.run(scenario, round));
                settle();
            }
        }
        return results;
    }

    /** The comparison only holds if Agora's envelope is as large as PerfTest's body. */
    private void checkBodySize(int agoraBytes) {
        out.printf(
                Locale.ROOT,
                "body size: agora envelope %d bytes, perftest %d bytes%n",
                agoraBytes,
                options.bodyBytes());
        if (Math.abs(agoraBytes - options.bodyBytes()) > options.bodyBytes() / 20) {
            out.println("WARNING: Agora's body differs from PerfTest's by more than 5%");
        }
    }

    /** A pause between runs, so a deleted quorum queue's cleanup is not billed to the next run. */
    private static void settle() throws InterruptedException {
        Thread.sleep(1_000);
    }

    private String header(BenchVhost vhost) {
        return String.format(
                Locale.ROOT,
                """
                Agora messaging vs RabbitMQ PerfTest on %s, vhost %s
                  persistent, publisher confirms (%d in flight), mandatory, manual ack (%s), quorum queue,
                  prefetch %d, %d-byte body, 1 producer + 1 consumer; %d round(s) of %d s per side and scenario,
                  alternating; PerfTest publishes %s
                """,
                vhost.brokerAddress(),
                vhost.name(),
                options.inFlight(),
                options.ackEvery() == 1 ? "each message" : "every " + options.ackEvery() + " messages",
                options.prefetch(),
                options.bodyBytes(),
                options.rounds(),
                options.seconds(),
                options.perfTestLikeAgora()
                        ? "like Agora (topic exchange bound on to the log exchange, Agora's properties)"
                        : "plainly (direct exchange, no properties)");
    }
}
