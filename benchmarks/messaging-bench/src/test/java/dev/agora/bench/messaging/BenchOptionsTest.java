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
        assertThat(options.seconds()).isEqualTo(12);
        assertThat(options.warmupSeconds()).isEqualTo(3);
        assertThat(options.rate()).isEqualTo(1000);
        assertThat(options.inFlight()).isEqualTo(100);
        assertThat(options.sides()).containsExactly(Side.values());
        assertThat(options.reports()).hasToString("reports");
    }

    @Test
    void sidesAreChosenByLabelAndMustKeepAgoraAndTheReference() {
        assertThat(BenchOptions.parse("--sides", "agora, perftest,spring-amqp").sides())
                .containsExactly(Side.AGORA, Side.PERFTEST, Side.SPRING_AMQP);
        assertThatThrownBy(() -> BenchOptions.parse("--sides", "agora,spring-amqp"))
                .hasMessageContaining("perftest");
        assertThatThrownBy(() -> BenchOptions.parse("--sides", "agora,perftest,kafka"))
                .hasMessageContaining("unknown side 'kafka'");
    }

    @Test
    void profilingNeedsAFolderForTheRecordings() {
        assertThat(BenchOptions.parse("--profile").profile()).isTrue();
        assertThatThrownBy(() -> BenchOptions.parse("--profile", "--no-reports"))
                .hasMessageContaining("--reports");
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

        var throughput = PerfTestRun.arguments("amqp://h/v", options, Scenario.THROUGHPUT, false);
        var latency = PerfTestRun.arguments("amqp://h/v", options, Scenario.LATENCY, false);

        assertThat(String.join(" ", throughput))
                .contains("-h amqp://h/v", "-x 1", "-y 1", "-s 1000", "-f persistent", "-f mandatory")
                .contains("-c 100", "-q 250", "-qq", "-u perftest-q", "-z 12", "-A 50")
                .doesNotContain("-a ", "-r ");
        assertThat(String.join(" ", latency)).contains("-r 1000");
        assertThat(AgoraService.settings(options))
                .containsEntry("agora.messaging.publisher.channels", 1)
                .containsEntry("agora.messaging.publisher.max-in-flight", 100)
                .containsEntry("agora.messaging.prefetch", 250)
                .containsEntry("agora.messaging.acks.batch-size", 50);
    }

    @Test
    void theReferencePublishesThroughAgorasExchangesWithAgorasProperties() {
        var args =
                String.join(" ", PerfTestRun.arguments("amqp://h/v", BenchOptions.parse(), Scenario.THROUGHPUT, true));

        assertThat(args)
                .contains("-p -e agoram_event_exchange -t topic -k bench.tick -mp contentType=application/json")
                .contains("traceparent=00-");
    }

    @Test
    void theSpringPeersGetTheSameGuarantees() {
        var options = BenchOptions.parse();

        assertThat(SpringAmqpRun.settings(options))
                .containsEntry("spring.rabbitmq.publisher-confirm-type", "correlated")
                .containsEntry("spring.rabbitmq.template.mandatory", true)
                .containsEntry("spring.rabbitmq.listener.simple.prefetch", 250);
        assertThat(SpringCloudStreamRun.settings(options))
                .containsEntry("spring.rabbitmq.publisher-confirm-type", "correlated")
                .containsEntry("spring.cloud.stream.rabbit.bindings.tick-in-0.consumer.quorum.enabled", true)
                .containsEntry("spring.cloud.stream.rabbit.bindings.tick-in-0.consumer.prefetch", 250)
                .containsEntry("spring.cloud.stream.rabbit.bindings.ticks-out-0.producer.use-confirm-header", true)
                .containsEntry("spring.cloud.stream.bindings.ticks-out-0.producer.error-channel-enabled", true);
    }

    @Test
    void eachSpringSideSwitchesOffTheOthersAutoConfiguration() {
        var options = BenchOptions.parse();

        assertThat((String) AgoraService.settings(options).get("spring.autoconfigure.exclude"))
                .contains("FunctionConfiguration", "BindingServiceConfiguration")
                .doesNotContain("AgoraMessagingAutoConfiguration");
        assertThat((String) SpringAmqpRun.settings(options).get("spring.autoconfigure.exclude"))
                .contains("AgoraMessagingAutoConfiguration", "BindingServiceConfiguration");
        assertThat((String) SpringCloudStreamRun.settings(options).get("spring.autoconfigure.exclude"))
                .contains("AgoraMessagingAutoConfiguration")
                .doesNotContain("BindingServiceConfiguration");
    }

    @Test
    void batchedAcksApplyToAgoraAndPerfTest() {
        var options = BenchOptions.parse("--ack-every", "50");

        assertThat(String.join(" ", PerfTestRun.arguments("amqp://h/v", options, Scenario.THROUGHPUT, false)))
                .contains("-A 50");
        assertThat(AgoraService.settings(options)).containsEntry("agora.messaging.acks.batch-size", 50);
        assertThatThrownBy(() -> BenchOptions.parse("--ack-every", "300")).hasMessageContaining("--prefetch");
    }
}
