package dev.agora.bench.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsMatchTheReferenceSettings() {
        var options = BenchOptions.parse();

        assertThat(options).isEqualTo(BenchOptions.DEFAULTS);
        assertThat(options.rounds()).isEqualTo(3);
        assertThat(options.seconds()).isEqualTo(20);
        assertThat(options.warmupSeconds()).isEqualTo(3);
        assertThat(options.rate()).isEqualTo(1000);
        assertThat(options.inFlight()).isEqualTo(100);
    }

    @Test
    void readsValuesAfterTheOptionOrAfterAnEqualsSign() {
        var options = BenchOptions.parse("--rounds", "5", "--seconds=30", "--rate", "500", "--in-flight=50");

        assertThat(options.rounds()).isEqualTo(5);
        assertThat(options.seconds()).isEqualTo(30);
        assertThat(options.rate()).isEqualTo(500);
        assertThat(options.inFlight()).isEqualTo(50);
    }

    @Test
    void quickIsOneShortRoundWithAShortWarmUp() {
        var options = BenchOptions.parse("--quick");

        assertThat(options.rounds()).isEqualTo(1);
        assertThat(options.seconds()).isEqualTo(5);
        assertThat(options.warmupSeconds()).isEqualTo(1);
    }

    @Test
    void anExplicitWarmUpWins() {
        assertThat(BenchOptions.parse("--seconds", "10", "--warmup", "0").warmupSeconds())
                .isZero();
    }

    @Test
    void helpIsAFlag() {
        assertThat(BenchOptions.parse("--help").help()).isTrue();
        assertThat(BenchOptions.usage()).contains("--rounds", "--seconds", "--rate", "--quick");
    }

    @Test
    void rejectsWhatCannotBeRun() {
        assertThatThrownBy(() -> BenchOptions.parse("--rounds", "0")).hasMessageContaining("--rounds");
        assertThatThrownBy(() -> BenchOptions.parse("--seconds", "ten")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> BenchOptions.parse("--rate")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchOptions.parse("--frobnicate", "1")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> BenchOptions.parse("--seconds", "5", "--warmup", "5"))
                .hasMessageContaining("--warmup");
    }

    @Test
    void perfTestGetsTheSameSettingsAsAgora() {
        var options = BenchOptions.parse();

        var throughput = PerfTestRun.arguments("amqp://h/v", options, Scenario.THROUGHPUT, "id");
        var latency = PerfTestRun.arguments("amqp://h/v", options, Scenario.LATENCY, "id");

        assertThat(String.join(" ", throughput))
                .contains("-h amqp://h/v", "-x 1", "-y 1", "-s 1000", "-f persistent", "-f mandatory")
                .contains("-c 100", "-q 250", "-qq", "-u perftest-q", "-z 20", "-A 50")
                .doesNotContain("-a ", "-r ");
        assertThat(String.join(" ", latency)).contains("-r 1000");
        assertThat(AgoraService.settings(options))
                .containsEntry("agora.messaging.publisher.channels", 1)
                .containsEntry("agora.messaging.publisher.max-in-flight", 100)
                .containsEntry("agora.messaging.prefetch", 250)
                .containsEntry("agora.messaging.acks.batch-size", 50);
    }

    @Test
    void perfTestCanPublishThroughAgorasExchanges() {
        var options = BenchOptions.parse("--perftest-like-agora");

        var args = String.join(" ", PerfTestRun.arguments("amqp://h/v", options, Scenario.THROUGHPUT, "id"));

        assertThat(options.perfTestLikeAgora()).isTrue();
        assertThat(args)
                .contains("-p -e agoram_event_exchange -t topic -k bench.tick -mp contentType=application/json")
                .contains("traceparent=00-");
        assertThat(BenchOptions.parse().perfTestLikeAgora()).isFalse();
    }

    @Test
    void batchedAcksApplyToBothSides() {
        var options = BenchOptions.parse("--ack-every", "50");

        assertThat(String.join(" ", PerfTestRun.arguments("amqp://h/v", options, Scenario.THROUGHPUT, "id")))
                .contains("-A 50");
        assertThat(AgoraService.settings(options)).containsEntry("agora.messaging.acks.batch-size", 50);
        assertThatThrownBy(() -> BenchOptions.parse("--ack-every", "300")).hasMessageContaining("--prefetch");
    }
}
