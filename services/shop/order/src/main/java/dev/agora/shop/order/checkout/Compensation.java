package dev.agora.shop.order.checkout;

import dev.agora.shop.contracts.api.Payment;
import dev.agora.shop.contracts.api.RefundRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Undoes what a failed synchronous order did, at once over HTTP (both calls are idempotent by order id). What
 * cannot be undone so is left to OrderCancelled, on which inventory releases and payment refunds.
 */
@Component
class Compensation {

    /** What became of the order's payment. */
    enum Refund {
        /** It was charged and the money is back. */
        REFUNDED,
        /** It took no money; a charge still under way is refunded when it lands. */
        NOTHING_CHARGED,
        /** Payment could not confirm the refund now: it refunds on OrderCancelled, or retries its own. */
        PENDING
    }

    private static final Logger log = LoggerFactory.getLogger(Compensation.class);

    private final ShopServices services;

    Compensation(ShopServices services) {
        this.services = services;
    }

    /** @return false when inventory could not be told: the caller then leaves the release to OrderCancelled */
    boolean releaseStock(UUID orderId) {
        try {
            services.inventory().delete("/api/reservations/" + orderId);
            return true;
        } catch (RuntimeException failed) {
            log.warn("releasing the reservation of order {} failed: {}", orderId, failed.toString());
            return false;
        }
    }

    /** Has payment give the order's money back and never keep a charge of it from now on. */
    Refund refund(UUID orderId) {
        try {
            var refunded = services.payment().undo("/api/refunds", new RefundRequest(orderId), Payment.class);
            return refunded == null ? Refund.NOTHING_CHARGED : Refund.REFUNDED;
        } catch (RuntimeException failed) {
            log.warn("refunding order {} failed: {}", orderId, failed.toString());
            return Refund.PENDING;
        }
    }
}
