package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class MessagingMetricsTest {

    @Test
    void routingKeysBeyondTheLimitShareOneTagSoPublishersCannotGrowTheRegistryWithoutBound() {
        var registry = new SimpleMeterRegistry();
        var metrics = new MessagingMetrics(registry, "pricing");

        for (int i = 0; i < MessagingMetrics.MAX_ROUTING_KEYS + 100; i++) {
            metrics.consumed("probe.key" + i);
            metrics.handlerTimer("probe.key" + i);
        }

        assertThat(registry.find("agora.messages.consumed").counters()).hasSize(MessagingMetrics.MAX_ROUTING_KEYS + 1);
        assertThat(registry.find("agora.messages.consumed")
                        .tag("routing_key", MessagingMetrics.OTHER_KEYS)
                        .counter()
                        .count())
                .isEqualTo(100);
        assertThat(registry.find("agora.messages.handler").timers()).hasSize(MessagingMetrics.MAX_ROUTING_KEYS + 1);
        metrics.consumed("probe.key0");
        assertThat(registry.find("agora.messages.consumed")
                        .tag("routing_key", "probe.key0")
                        .counter()
                        .count())
                .isEqualTo(2);
    }
}
