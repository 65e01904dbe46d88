package dev.agora.bench.messaging;

import dev.agora.messaging.Envelope;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * One measured Agora run: a fresh "bench" service, {@code EventPublisher.publish("bench.tick", tick)} on
 * the caller's thread, the {@link TickHandler} counting on the consumer's.
 */
record AgoraRun(SideRun.Setting setting) implements SideRun {

    @Override
    public ChildReport run(Scenario scenario) throws InterruptedException {
        try (var service = AgoraService.start(setting.vhost(), setting.options())) {
            var handler = service.handler();
            var padding = Tick.padding(setting.options().bodyBytes(), envelopeOverhead(service));
            var failed = new LongAdder();
            var loop = new PublishLoop(
                    sentNanos -> service.publisher()
                            .publish(TickHandler.EVENT, new Tick(sentNanos, padding))
                            .whenComplete((ok, error) -> {
                                if (error != null) failed.increment();
                            }),
                    handler.deliveries());
            var report = loop.measure(scenario, setting, failed::sum);
            checkBodySize(handler.bodyBytes());
            return report;
        }
    }

    /** The comparison only holds if Agora's envelope is as large as the others' body. */
    private void checkBodySize(int agoraBytes) {
        var options = setting.options();
        if (Math.abs(agoraBytes - options.bodyBytes()) > options.bodyBytes() / 20) {
            setting.out()
                    .printf(
                            Locale.ROOT,
                            "WARNING: Agora's envelope is %d bytes, more than 5%% off the %d-byte body of the others%n",
                            agoraBytes,
                            options.bodyBytes());
        }
    }

    private static int envelopeOverhead(AgoraService service) {
        var json = service.json();
        var sample = Envelope.create(
                TickHandler.EVENT, AgoraService.SERVICE, json.valueToTree(new Tick(System.nanoTime(), "")));
        return json.writeValueAsBytes(sample).length;
    }
}
