package dev.agora.bench.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SteadyWindowTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final Deliveries deliveries = new Deliveries();
    private final AtomicLong cpu = new AtomicLong(1_000);

    /** Delivers {@code count} ticks that each took {@code latencyMillis} from publish to consumer. */
    private void deliver(int count, long latencyMillis) {
        for (int i = 0; i < count; i++) {
            deliveries.accept(new Tick(System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(latencyMillis), ""));
        }
    }

    @Test
    void latencyOfTheWarmUpIsLeftOut() {
        var window = new SteadyWindow(deliveries, cpu::get, 0, SECOND);
        deliver(100, 500);
        window.observe(SECOND / 2);
        deliver(100, 400);
        window.observe(SECOND);
        deliver(1_000, 2);

        var report = window.close(2 * SECOND);

        assertThat(report.p99Micros()).isBetween(2_000.0, 100_000.0);
        assertThat(report.p50Micros()).isBetween(2_000.0, 100_000.0);
    }

    @Test
    void rateAndCpuCountOnlyWhatFollowsTheWarmUp() {
        var window = new SteadyWindow(deliveries, cpu::get, 0, 3 * SECOND);
        deliver(500, 1);
        cpu.addAndGet(9_000);
        window.observe(3 * SECOND);
        deliver(2_000, 1);
        cpu.addAndGet(4_000);

        var report = window.close(5 * SECOND);

        assertThat(report.messages()).isEqualTo(2_000);
        assertThat(report.msgPerSecond()).isEqualTo(1_000);
        assertThat(report.cpuNanos()).isEqualTo(4_000);
    }

    @Test
    void withoutAWarmUpTheWindowIsTheWholeRun() {
        var window = new SteadyWindow(deliveries, cpu::get, 0, 0);
        deliver(1_000, 300);
        cpu.addAndGet(7_000);

        var report = window.close(SECOND);

        assertThat(report)
                .extracting(ChildReport::messages, ChildReport::cpuNanos)
                .containsExactly(1_000L, 7_000L);
        assertThat(report.p99Micros()).isGreaterThanOrEqualTo(300_000);
    }

    @Test
    void theWindowOpensOnceAtTheFirstInstantPastTheWarmUp() {
        var window = new SteadyWindow(deliveries, cpu::get, 0, SECOND);
        deliver(10, 1);
        window.observe(SECOND);
        deliver(20, 1);
        window.observe(2 * SECOND);
        deliver(30, 1);

        var report = window.close(3 * SECOND);

        assertThat(report.messages()).isEqualTo(50);
        assertThat(report.msgPerSecond()).isEqualTo(25);
    }
}
