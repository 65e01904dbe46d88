package dev.agora.bench.messaging;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EventHandler;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark's subscriber: counts deliveries and records publish-to-handler latency in microseconds. */
public class TickHandler {

    static final String EVENT = "bench.tick";

    private final JsonMapper json;
    private final AtomicLong received = new AtomicLong();
    private final Recorder latencyMicros = new Recorder(3);
    private final CountDownLatch primed = new CountDownLatch(1);
    private volatile int bodyBytes = -1;

    TickHandler(JsonMapper json) {
        this.json = json;
    }

    @EventHandler(EVENT)
    public void on(Tick tick, Envelope envelope) {
        long now = System.nanoTime();
        if (tick.sentNanos() < 0) {
            primed.countDown();
            return;
        }
        latencyMicros.recordValue(Math.max(0, (now - tick.sentNanos()) / 1_000));
        received.incrementAndGet();
        if (bodyBytes < 0) {
            // the same mapper and envelope the publisher encoded: the body as it went over the wire
            bodyBytes = json.writeValueAsBytes(envelope).length;
        }
    }

    long received() {
        return received.get();
    }

    /** Latencies recorded since the previous call. */
    Histogram takeLatencies() {
        return latencyMicros.getIntervalHistogram();
    }

    boolean awaitPrimed(long seconds) throws InterruptedException {
        return primed.await(seconds, TimeUnit.SECONDS);
    }

    /** JSON size of the first measured message's envelope, or -1 before it arrived. */
    int bodyBytes() {
        return bodyBytes;
    }
}
