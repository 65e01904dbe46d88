package dev.agora.bench.messaging;

import dev.agora.messaging.Envelope;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * One measured Agora run: a fresh "bench" service, {@code EventPublisher.publish("bench.tick", tick)} on
 * the caller's thread, the {@link TickHandler} counting on the consumer's.
 */
final class AgoraRun {

    private final BenchVhost vhost;
    private final BenchOptions options;
    private final Progress progress;
    private volatile int bodyBytes = -1;

    AgoraRun(BenchVhost vhost, BenchOptions options, Progress progress) {
        this.vhost = vhost;
        this.options = options;
        this.progress = progress;
    }

    RunResult run(Scenario scenario, int round) throws InterruptedException {
        var label = Progress.label(Side.AGORA, round, options.rounds(), scenario);
        try {
            var service = AgoraService.start(vhost, options);
            try {
                return measure(service, scenario, round, label);
            } finally {
                closeTimed(service, label);
            }
        } finally {
            vhost.deleteQueue(AgoraService.JOB_QUEUE);
        }
    }

    private RunResult measure(AgoraService service, Scenario scenario, int round, String label)
            throws InterruptedException {
        var handler = service.handler();
        var producer = new TickPublisher(service.publisher(), handler, padding(service.json()));
        producer.prime();
        handler.takeLatencies(); // the priming message is not measured
        double msgPerSecond;
        try (var ticker = new RateTicker(progress, label, handler::received)) {
            msgPerSecond = scenario == Scenario.THROUGHPUT
                    ? producer.run(options.seconds(), options.warmupSeconds(), 0)
                    : producer.run(options.seconds(), 0, options.rate());
        }
        // like PerfTest's summary, latency covers the whole run
        var latencies = handler.takeLatencies();
        bodyBytes = handler.bodyBytes();
        var result = new RunResult(
                Side.AGORA,
                scenario,
                round,
                msgPerSecond,
                latencies.getValueAtPercentile(50),
                latencies.getValueAtPercentile(99));
        var failed = producer.failed();
        progress.done(label, Summary.figures(result) + (failed > 0 ? ", " + failed + " publications FAILED" : ""));
        return result;
    }

    /** A slow shutdown is not measured, but worth knowing about: services stop like this on every deploy. */
    private void closeTimed(AgoraService service, String label) {
        long start = System.nanoTime();
        service.close();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > 2_000) {
            progress.done(label, String.format(Locale.ROOT, "note: stopping the service took %.1f s", millis / 1e3));
        }
    }

    /** Envelope JSON size seen by the handler in the last run, to check it matches the body size asked for. */
    int bodyBytes() {
        return bodyBytes;
    }

    /** Filler that makes the encoded envelope as long as PerfTest's body ({@code -s}). */
    private String padding(JsonMapper json) {
        var sample = Envelope.create(
                TickHandler.EVENT, AgoraService.SERVICE, json.valueToTree(new Tick(System.nanoTime(), "")));
        int overhead = json.writeValueAsBytes(sample).length;
        return "x".repeat(Math.max(0, options.bodyBytes() - overhead));
    }
}
