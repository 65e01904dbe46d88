package dev.agora.logger.traffic;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the log keeps messages.
 *
 * @param retention entries received longer ago are deleted
 * @param cleanupInterval the pause between two cleanups
 */
@ConfigurationProperties("agora.logger")
record RetentionProperties(
        @DefaultValue("P7D") Duration retention,
        @DefaultValue("PT10M") Duration cleanupInterval) {

    RetentionProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("agora.logger.retention must be positive, not " + retention);
        }
        if (cleanupInterval.isNegative() || cleanupInterval.isZero()) {
            throw new IllegalArgumentException(
                    "agora.logger.cleanup-interval must be positive, not " + cleanupInterval);
        }
    }
}
