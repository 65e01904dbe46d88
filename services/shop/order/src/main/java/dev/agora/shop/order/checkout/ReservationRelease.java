package dev.agora.shop.order.checkout;

import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The compensation of a synchronous order: DELETE its reservation (idempotent at inventory), retried once. */
@Component
class ReservationRelease {

    private static final Logger log = LoggerFactory.getLogger(ReservationRelease.class);
    private static final int ATTEMPTS = 2;
    private static final Duration PAUSE = Duration.ofMillis(200);

    private final ShopServices services;

    ReservationRelease(ShopServices services) {
        this.services = services;
    }

    /** @return false when inventory could not be told: the caller then leaves the release to OrderCancelled */
    boolean release(UUID orderId) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                services.inventory().delete("/api/reservations/" + orderId);
                return true;
            } catch (RuntimeException failed) {
                log.warn(
                        "releasing the reservation of order {} failed (attempt {} of {}): {}",
                        orderId,
                        attempt,
                        ATTEMPTS,
                        failed.toString());
            }
            if (attempt < ATTEMPTS) pause();
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
