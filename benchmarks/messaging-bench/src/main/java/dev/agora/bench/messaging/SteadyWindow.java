package dev.agora.bench.messaging;

import java.util.function.LongSupplier;

/**
 * The steady window of a {@link PublishLoop} run: from the end of the warm-up (a fresh JVM compiles its hot
 * code in it) to the end. msg/s, client CPU per message and latency all count only what it covers.
 */
final class SteadyWindow {

    private final Deliveries deliveries;
    private final LongSupplier cpuNanos;
    private final long warmEnd;
    private boolean open;
    private long openCount;
    private long openTime;
    private long openCpu;

    /**
     * @param cpuNanos the process's CPU clock ({@link CpuClock#processNanos()})
     * @param start {@link System#nanoTime()} at the start of the run
     */
    SteadyWindow(Deliveries deliveries, LongSupplier cpuNanos, long start, long warmupNanos) {
        this.deliveries = deliveries;
        this.cpuNanos = cpuNanos;
        this.warmEnd = start + warmupNanos;
        this.openTime = start;
        this.openCpu = cpuNanos.getAsLong();
        observe(start);
    }

    /** Opens the window at the first {@code now} past the warm-up, dropping the latencies recorded before. */
    void observe(long now) {
        if (open || now < warmEnd) return;
        open = true;
        openCount = deliveries.received();
        openTime = now;
        openCpu = cpuNanos.getAsLong();
        deliveries.takeLatencies();
    }

    /** The figures of the window, closed at {@code now}. */
    ChildReport close(long now) {
        long messages = deliveries.received() - openCount;
        double msgPerSecond = messages * 1e9 / Math.max(1, now - openTime);
        var latencies = deliveries.takeLatencies();
        return new ChildReport(
                msgPerSecond,
                latencies.getValueAtPercentile(50),
                latencies.getValueAtPercentile(99),
                cpuNanos.getAsLong() - openCpu,
                messages);
    }
}
