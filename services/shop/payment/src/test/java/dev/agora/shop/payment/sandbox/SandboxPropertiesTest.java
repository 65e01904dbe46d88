package dev.agora.shop.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.testing.PropertiesBinding;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxPropertiesTest {

    private static final PropertiesBinding<SandboxProperties> BINDING =
            new PropertiesBinding<>("agora.shop.payment.sandbox", SandboxProperties.class);

    @Test
    void theSandboxStartsWithoutLatencyOrFailuresAndDeclinesThirteenCents() {
        var properties = bind(Map.of());

        assertThat(properties.latency()).isZero();
        assertThat(properties.failureRate()).isZero();
        assertThat(properties.declinedCents()).containsExactly(13);
        assertThat(properties.seed()).isNull();
    }

    @Test
    void latencyAcceptsIsoAndSimpleDurations() {
        assertThat(bind(Map.of("agora.shop.payment.sandbox.latency", "PT0.2S")).latency())
                .isEqualTo(Duration.ofMillis(200));
        assertThat(bind(Map.of("agora.shop.payment.sandbox.latency", "250ms")).latency())
                .isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void failureRateAboveOneIsRefusedNamingTheProperty() {
        BINDING.assertRefused(
                Map.of("agora.shop.payment.sandbox.failure-rate", "1.5"),
                "agora.shop.payment.sandbox.failure-rate must be between 0 and 1");
    }

    @Test
    void negativeLatencyIsRefusedNamingTheProperty() {
        BINDING.assertRefused(
                Map.of("agora.shop.payment.sandbox.latency", "-1s"),
                "agora.shop.payment.sandbox.latency must not be negative");
    }

    @Test
    void declinedCentsBeyondNinetyNineAreRefused() {
        BINDING.assertRefused(
                Map.of("agora.shop.payment.sandbox.declined-cents", "13,100"),
                "declined-cents must be between 0 and 99");
    }

    private static SandboxProperties bind(Map<String, String> properties) {
        return BINDING.bind(properties);
    }
}
