package dev.agora.logger.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RetentionPropertiesTest {

    @Test
    void retentionDefaultsToSevenDaysCleanedEveryTenMinutes() {
        var properties = bind(Map.of());

        assertThat(properties.retention()).isEqualTo(Duration.ofDays(7));
        assertThat(properties.cleanupInterval()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void retentionAcceptsIsoAndSimpleDurations() {
        assertThat(bind(Map.of("agora.logger.retention", "P30D")).retention()).isEqualTo(Duration.ofDays(30));
        assertThat(bind(Map.of("agora.logger.retention", "12h")).retention()).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void zeroRetentionIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("agora.logger.retention", "PT0S")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessageContaining("agora.logger.retention must be positive");
    }

    private static RetentionProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("agora.logger", RetentionProperties.class);
    }
}
