package dev.agora.shop.query.order;

import dev.agora.shop.contracts.api.PaymentStatus;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An order's payment: the status of highest precedence, and the payment's id once an event names it. */
record Payment(@Nullable UUID paymentId, PaymentStatus status) {

    static final Payment NONE = new Payment(null, PaymentStatus.NONE);

    Payment merge(Payment other) {
        var status = other.status.compareTo(this.status) > 0 ? other.status : this.status;
        return new Payment(known(paymentId, other.paymentId), status);
    }

    /** The first if known, else the second (which may be unknown too). */
    private static <T> @Nullable T known(@Nullable T first, @Nullable T second) {
        return first != null ? first : second;
    }
}
