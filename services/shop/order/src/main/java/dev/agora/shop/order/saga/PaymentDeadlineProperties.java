package dev.agora.shop.order.saga;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param paymentTimeout how long an order may wait for its payment before it expires */
@ConfigurationProperties("agora.shop.order")
record PaymentDeadlineProperties(@DefaultValue("PT15M") Duration paymentTimeout) {

    PaymentDeadlineProperties {
        if (paymentTimeout.isNegative() || paymentTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "agora.shop.order.payment-timeout must be positive, not " + paymentTimeout);
        }
    }
}
