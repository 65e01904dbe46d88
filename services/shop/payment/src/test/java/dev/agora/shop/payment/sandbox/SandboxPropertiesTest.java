package dev.agora.shop.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SandboxPropertiesTest {

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
        assertThatThrownBy(() -> bind(Map.of("agora.shop.payment.sandbox.failure-rate", "1.5")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("agora.shop.payment.sandbox.failure-rate must be between 0 and 1");
    }

    @Test
    void negativeLatencyIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("agora.shop.payment.sandbox.latency", "-1s")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("agora.shop.payment.sandbox.latency must not be negative");
    }

    @Test
    void declinedCentsBeyondNinetyNineAreRefused() {
        assertThatThrownBy(() -> bind(Map.of("agora.shop.payment.sandbox.declined-cents", "13,100")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("declined-cents must be between 0 and 99");
    }

    private static SandboxProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("agora.shop.payment.sandbox", SandboxProperties.class);
    }
}
