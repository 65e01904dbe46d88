package dev.agora.shop.payment.charge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.shop.payment.recovery.*}: when a provider call whose outcome was never recorded (its process
 * died) is made again.
 *
 * @param stalledAfter how long a charge or refund may stay without outcome; well above the provider's latency
 * @param interval how often to look for such calls
 */
@ConfigurationProperties("agora.shop.payment.recovery")
record RecoveryProperties(
        @DefaultValue("1m") Duration stalledAfter,
        @DefaultValue("10s") Duration interval) {

    RecoveryProperties {
        if (!stalledAfter.isPositive()) {
            throw new IllegalArgumentException("agora.shop.payment.recovery.stalled-after must be positive");
        }
        if (!interval.isPositive()) {
            throw new IllegalArgumentException("agora.shop.payment.recovery.interval must be positive");
        }
    }
}
