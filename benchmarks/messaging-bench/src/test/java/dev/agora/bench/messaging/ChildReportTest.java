package dev.agora.bench.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChildReportTest {

    @Test
    void aResultLineReadsBackAsPrinted() {
        var report = new ChildReport(14_200.4, 5_431.6, 54_166, 1_200_000_000L, 240_000);

        assertThat(report.line())
                .isEqualTo("result msg/s=14200.4 p50-us=5431.6 p99-us=54166.0 cpu-ns=1200000000 messages=240000");
        assertThat(ChildReport.parse(report.line())).contains(report);
    }

    @Test
    void cpuPerMessageIsProcessCpuOverMessagesInMicroseconds() {
        assertThat(new ChildReport(1, 1, 1, 1_200_000_000L, 240_000).cpuMicrosPerMessage())
                .isEqualTo(5.0);
        assertThat(new ChildReport(0, 0, 0, 1_000, 0).cpuMicrosPerMessage()).isNaN();
    }

    @Test
    void otherLinesAreNotResults() {
        assertThat(ChildReport.parse("19:11:33.347 ERROR o.s.c.s.b.r.RabbitMessageChannelBinder - unbinding"))
                .isEmpty();
        assertThat(ChildReport.parse(new ChildProgress(5, 1000).line())).isEmpty();
    }

    @Test
    void aProgressLineReadsBackAsPrinted() {
        var progress = new ChildProgress(12, 14_200.5);

        assertThat(progress.line()).isEqualTo("progress second=12 msg/s=14200.5");
        assertThat(ChildProgress.parse(progress.line())).contains(progress);
        assertThat(ChildProgress.parse("id: x, starting producer #0")).isEmpty();
    }

    @Test
    void aSidesJvmReadsBackTheBenchmarksOptions() {
        var options = BenchOptions.parse("--seconds", "30", "--warmup", "4", "--rate", "500", "--ack-every", "1");

        var args = SideMain.arguments(Side.SPRING_AMQP, Scenario.LATENCY, "agora-bench-x", options);
        var child = BenchOptions.parse(args.subList(4, args.size()).toArray(String[]::new));

        assertThat(args.subList(0, 4)).containsExactly("--side", "spring-amqp", "LATENCY", "agora-bench-x");
        assertThat(child.seconds()).isEqualTo(30);
        assertThat(child.warmupSeconds()).isEqualTo(4);
        assertThat(child.rate()).isEqualTo(500);
        assertThat(child.ackEvery()).isEqualTo(1);
        assertThat(child.reports()).isNull();
    }
}
