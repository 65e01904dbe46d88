package dev.agora.bench.messaging;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * The producer of an Agora, Spring AMQP or Spring Cloud Stream run, on the caller's thread. Flat out, it
 * relies on the side's confirm window for backpressure (publishing blocks while the window is full); at a
 * fixed rate it sends on a 1/rate schedule, as PerfTest {@code -r}. It also measures the run after its
 * warm-up: msg/s, latency, and process CPU per consumed message.
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
            int rate = scenario == Scenario.THROUGHPUT ? 0 : options.rate();
            report = run(options.seconds(), options.warmupSeconds(), rate);
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
     * Publishes for {@code seconds}; every figure counts only the {@link SteadyWindow} after the warm-up.
     *
     * @param ratePerSecond 0 for as fast as possible
     */
    private ChildReport run(int seconds, int warmupSeconds, int ratePerSecond) {
        long start = System.nanoTime();
        var window =
                new SteadyWindow(deliveries, CpuClock::processNanos, start, TimeUnit.SECONDS.toNanos(warmupSeconds));
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long interval = ratePerSecond > 0 ? 1_000_000_000L / ratePerSecond : 0;
        long next = start;
        long now = start;
        while (now < end) {
            if (interval > 0) {
                if (next - now > 0) LockSupport.parkNanos(next - now);
                next += interval;
            }
            publish.accept(System.nanoTime());
            now = System.nanoTime();
            window.observe(now);
        }
        return window.close(System.nanoTime());
    }
}
