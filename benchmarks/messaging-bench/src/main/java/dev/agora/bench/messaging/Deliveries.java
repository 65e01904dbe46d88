package dev.agora.bench.messaging;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What every side's consumer does with a {@link Tick}: counts it and records publish-to-consumer latency in
 * microseconds. The priming tick (negative time) is only noted.
 */
final class Deliveries {

    private final AtomicLong received = new AtomicLong();
    private final Recorder latencyMicros = new Recorder(3);
    private final CountDownLatch primed = new CountDownLatch(1);

    void accept(Tick tick) {
        long now = System.nanoTime();
        if (tick.sentNanos() < 0) {
            primed.countDown();
            return;
        }
        latencyMicros.recordValue(Math.max(0, (now - tick.sentNanos()) / 1_000));
        received.incrementAndGet();
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
}
