package dev.agora.bench.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PerfTestReportTest {

    /** Captured from PerfTest 2.22.1 on this machine (-x 1 -y 1 -s 1000 -c 100 -q 250 -qq -z 8), trimmed. */
    static final String OUTPUT = """
            id: test-101352-453, starting consumer #0
            id: test-101352-453, starting producer #0, channel #0
            id: test-101352-453, time 1.001 s, sent: 10643 msg/s, returned: 0 msg/s, confirmed: 10641 msg/s, nacked: 0 msg/s, received: 10643 msg/s, min/median/75th/95th/99th consumer latency: 834/9242/32764/64145/85417 µs, confirm latency: 1012/5223/6900/11522/14837 µs
            id: test-101352-453, time 2.001 s, sent: 9369 msg/s, returned: 0 msg/s, confirmed: 9344 msg/s, nacked: 0 msg/s, received: 9094 msg/s, min/median/75th/95th/99th consumer latency: 646/8268/11016/21643/38737 µs, confirm latency: 660/4992/7211/10549/12187 µs
            id: test-101352-453, time 3.001 s, sent: 16181 msg/s, returned: 0 msg/s, confirmed: 16150 msg/s, nacked: 0 msg/s, received: 16398 msg/s, min/median/75th/95th/99th consumer latency: 740/5131/6116/11895/26462 µs, confirm latency: 860/4683/5618/9064/17243 µs
            id: test-101352-453, time 4.001 s, sent: 18537 msg/s, returned: 0 msg/s, confirmed: 18495 msg/s, nacked: 0 msg/s, received: 18495 msg/s, min/median/75th/95th/99th consumer latency: 825/5030/5870/8173/14014 µs, confirm latency: 984/4594/5381/7760/13390 µs
            id: test-101352-453, time 5.001 s, sent: 18880 msg/s, returned: 0 msg/s, confirmed: 18880 msg/s, nacked: 0 msg/s, received: 18880 msg/s, min/median/75th/95th/99th consumer latency: 2743/5024/5857/7321/8781 µs, confirm latency: 635/4458/5244/6960/8303 µs
            id: test-101352-453, time 6.001 s, sent: 18996 msg/s, returned: 0 msg/s, confirmed: 19015 msg/s, nacked: 0 msg/s, received: 18975 msg/s, min/median/75th/95th/99th consumer latency: 2577/5169/5989/7653/14101 µs, confirm latency: 1899/4658/5471/7169/12924 µs
            test stopped (Reached time limit)
            id: test-101352-453, sending rate avg: 15509 msg/s
            id: test-101352-453, receiving rate avg: 15509 msg/s
            id: test-101352-453, consumer latency min/median/75th/95th/99th 699/5432/6670/17653/54166 µs
            id: test-101352-453, confirm latency min/median/75th/95th/99th 801/4680/5637/8951/15960 µs
            """;

    @Test
    void readsTheSummaryConsumerLatencyNotTheConfirmLatency() {
        var report = PerfTestReport.parse(OUTPUT);

        assertThat(report.receivingRateAverage()).isEqualTo(15509);
        assertThat(report.p50Micros()).isEqualTo(5432);
        assertThat(report.p99Micros()).isEqualTo(54166);
    }

    @Test
    void readsEveryPerSecondLine() {
        var report = PerfTestReport.parse(OUTPUT);

        assertThat(report.seconds()).hasSize(6);
        assertThat(report.seconds().getFirst()).isEqualTo(new PerfTestReport.Second(1.001, 10643, 9242, 85417));
    }

    @Test
    void steadyRateLeavesTheWarmUpSecondsOut() {
        var report = PerfTestReport.parse(OUTPUT);

        // lines stamped 4, 5 and 6 s cover the seconds after a 3 s warm-up
        assertThat(report.steadyRate(3)).isEqualTo((18495 + 18880 + 18975) / 3.0);
        assertThat(report.steadyRate(0)).isEqualTo((10643 + 9094 + 16398 + 18495 + 18880 + 18975) / 6.0);
    }

    @Test
    void steadyLatencyIsTheMeanOfThePerSecondPercentilesAfterTheWarmUp() {
        var report = PerfTestReport.parse(OUTPUT);

        // lines stamped 4, 5 and 6 s; the first seconds' 85 ms and 39 ms p99 are left out
        assertThat(report.steadyP50Micros(3)).isEqualTo((5030 + 5024 + 5169) / 3.0);
        assertThat(report.steadyP99Micros(3)).isEqualTo((14014 + 8781 + 14101) / 3.0);
    }

    @Test
    void steadyLatencyFallsBackToTheSummaryWithoutSteadyLines() {
        var report = PerfTestReport.parse(OUTPUT);

        assertThat(report.steadyP50Micros(6)).isEqualTo(5432);
        assertThat(report.steadyP99Micros(6)).isEqualTo(54166);
    }

    @Test
    void perSecondLatencyInMillisecondsIsConvertedToMicroseconds() {
        var second = PerfTestReport.parseSecond(
                "id: x, time 4.001 s, sent: 1000 msg/s, received: 1000 msg/s, min/median/75th/95th/99th consumer latency: 0/1/2/3/4 ms");

        assertThat(second).contains(new PerfTestReport.Second(4.001, 1000, 1_000, 4_000));
    }

    @Test
    void messagesAfterTheWarmUpAreTheRunsLessTheWarmUpLines() {
        var report = PerfTestReport.parse(OUTPUT);

        // 6 s at the 15,509 msg/s average, less the lines stamped 1, 2 and 3 s
        assertThat(report.messagesAfter(3, 6)).isEqualTo(15509 * 6 - (10643 + 9094 + 16398));
        assertThat(report.messagesAfter(0, 6)).isEqualTo(15509 * 6);
    }

    @Test
    void theLineStampedWithTheWarmUpClosesIt() {
        assertThat(PerfTestReport.endsWarmUp(2.001, 3)).isFalse();
        assertThat(PerfTestReport.endsWarmUp(3.001, 3)).isTrue();
        assertThat(PerfTestReport.endsWarmUp(0.999, 0)).isTrue();
    }

    @Test
    void latencyInMillisecondsIsConvertedToMicroseconds() {
        var report = PerfTestReport.parse("""
                id: x, receiving rate avg: 1000 msg/s
                id: x, consumer latency min/median/75th/95th/99th 0/1/2/3/4 ms
                """);

        assertThat(report.p50Micros()).isEqualTo(1_000);
        assertThat(report.p99Micros()).isEqualTo(4_000);
    }

    @Test
    void outputWithoutASummaryIsAnError() {
        assertThatThrownBy(() -> PerfTestReport.parse("Main thread caught exception: connection refused"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no PerfTest summary");
    }

    @Test
    void linesThatAreNotPerSecondFiguresAreIgnored() {
        assertThat(PerfTestReport.parseSecond("id: x, starting producer #0")).isEmpty();
        assertThat(PerfTestReport.parseSecond("id: x, sending rate avg: 15509 msg/s"))
                .isEmpty();
    }
}
