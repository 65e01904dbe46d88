package dev.agora.bench.messaging;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.amqp.rabbit.connection.CorrelationData;

/**
 * The Spring peers' bound on unconfirmed messages, the same window as PerfTest's {@code -c} and Agora's
 * max-in-flight: a publication takes a permit, its correlated confirm (or nack, or return) gives it back.
 */
final class ConfirmWindow {

    private final Semaphore permits;
    private final LongAdder failed = new LongAdder();

    ConfirmWindow(int inFlight) {
        this.permits = new Semaphore(inFlight);
    }

    /** Waits for room in the window, then returns the correlation to publish with. */
    CorrelationData next() {
        permits.acquireUninterruptibly();
        var correlation = new CorrelationData();
        correlation.getFuture().whenComplete((confirm, error) -> {
            permits.release();
            if (error != null || !confirm.ack() || correlation.getReturned() != null) failed.increment();
        });
        return correlation;
    }

    long failed() {
        return failed.sum();
    }
}
