package dev.agora.bench.messaging;

import dev.agora.messaging.EventPublisher;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The producer of an Agora run. Flat out, it relies on the publisher's window for backpressure: publish
 * returns a future at once while there is room and blocks while the window is full, so many messages stay
 * in flight without joining any future. At a fixed rate it sends on a 1/rate schedule, as PerfTest {@code -r}.
 */
final class TickPublisher {

    private final EventPublisher publisher;
    private final TickHandler handler;
    private final String padding;
    private final LongAdder failed = new LongAdder();

    TickPublisher(EventPublisher publisher, TickHandler handler, String padding) {
        this.publisher = publisher;
        this.handler = handler;
        this.padding = padding;
    }

    /**
     * Publishes for {@code seconds} and returns msg/s consumed between the end of the warm-up and the end.
     *
     * @param ratePerSecond 0 for as fast as possible
     */
    double run(int seconds, int warmupSeconds, int ratePerSecond) {
        long start = System.nanoTime();
        long warmEnd = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long interval = ratePerSecond > 0 ? 1_000_000_000L / ratePerSecond : 0;
        long next = start;
        long markCount = -1;
        long markTime = start;
        long now = start;
        while (now < end) {
            if (interval > 0) {
                if (next - now > 0) LockSupport.parkNanos(next - now);
                next += interval;
            }
            publish(System.nanoTime());
            now = System.nanoTime();
            if (markCount < 0 && now >= warmEnd) {
                markCount = handler.received();
                markTime = now;
            }
        }
        long consumed = handler.received() - Math.max(0, markCount);
        return consumed * 1e9 / Math.max(1, System.nanoTime() - markTime);
    }

    /** One unmeasured message through the whole path, so connections and consumer are up before timing. */
    void prime() throws InterruptedException {
        publish(-1);
        if (!handler.awaitPrimed(30)) {
            throw new IllegalStateException("the priming message did not reach the handler within 30 s");
        }
    }

    long failed() {
        return failed.sum();
    }

    private void publish(long sentNanos) {
        publisher.publish(TickHandler.EVENT, new Tick(sentNanos, padding)).whenComplete((ok, error) -> {
            if (error != null) failed.increment();
        });
    }
}
