package dev.agora.logger.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.testing.PropertiesBinding;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionPropertiesTest {

    private static final PropertiesBinding<RetentionProperties> BINDING =
            new PropertiesBinding<>("agora.logger", RetentionProperties.class);

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
        BINDING.assertRefused(Map.of("agora.logger.retention", "PT0S"), "agora.logger.retention must be positive");
    }

    private static RetentionProperties bind(Map<String, String> properties) {
        return BINDING.bind(properties);
    }
}
