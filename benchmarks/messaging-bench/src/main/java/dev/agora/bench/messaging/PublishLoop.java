package dev.agora.bench.messaging;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * The producer of an Agora, Spring AMQP or Spring Cloud Stream run, on the caller's thread. Flat out, it
 * relies on the side's confirm window for backpressure (publishing blocks while the window is full); at a
 * fixed rate it sends on a 1/rate schedule, as PerfTest {@code -r}. It also measures the run: msg/s, and
 * process CPU per consumed message over the whole run.
 *
 * @param publish sends one tick stamped with the given {@link System#nanoTime()}
 */
record PublishLoop(LongConsumer publish, Deliveries deliveries) {

    /**
     * Primes the path, runs the scenario with the benchmark's settings and prints progress, then the count of
     * failed publications if there were any.
     */
    ChildReport measure(Scenario scenario, SideRun.Setting setting, LongSupplier failed) throws InterruptedException {
        var options = setting.options();
        var out = setting.out();
        prime();
        ChildReport report;
        try (var ticker = new RateTicker(deliveries::received, progress -> out.println(progress.line()))) {
            report = scenario == Scenario.THROUGHPUT
                    ? run(options.seconds(), options.warmupSeconds(), 0)
                    : run(options.seconds(), 0, options.rate());
        }
        if (failed.getAsLong() > 0) out.println(failed.getAsLong() + " publications FAILED");
        return report;
    }

    /** One unmeasured message through the whole path, so connections and consumer are up before timing. */
    private void prime() throws InterruptedException {
        publish.accept(-1);
        if (!deliveries.awaitPrimed(30)) {
            throw new IllegalStateException("the priming message did not reach the consumer within 30 s");
        }
        deliveries.takeLatencies(); // the priming message is not measured
    }

    /**
     * Publishes for {@code seconds}; msg/s and client CPU per message count what was consumed between the end
     * of the warm-up and the end (a fresh JVM compiles its hot code in the warm-up), latency (like PerfTest's
     * summary) the whole run.
     *
     * @param ratePerSecond 0 for as fast as possible
     */
    private ChildReport run(int seconds, int warmupSeconds, int ratePerSecond) {
        long cpuMark = 0;
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
            publish.accept(System.nanoTime());
            now = System.nanoTime();
            if (markCount < 0 && now >= warmEnd) {
                markCount = deliveries.received();
                markTime = now;
                cpuMark = CpuClock.processNanos();
            }
        }
        long received = deliveries.received();
        long cpu = CpuClock.processNanos() - cpuMark;
        long steady = received - Math.max(0, markCount);
        double msgPerSecond = steady * 1e9 / Math.max(1, System.nanoTime() - markTime);
        var latencies = deliveries.takeLatencies();
        return new ChildReport(
                msgPerSecond, latencies.getValueAtPercentile(50), latencies.getValueAtPercentile(99), cpu, steady);
    }
}
