package dev.agora.shop.query.order;

import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/** Why a step of an order failed (no stock, no price, payment declined); the earliest failure is the cause. */
record Failure(String reason, Instant at) {

    private static final Comparator<Failure> EARLIER_FIRST =
            Comparator.comparing(Failure::at).thenComparing(Failure::reason);

    static @Nullable Failure merge(@Nullable Failure one, @Nullable Failure other) {
        if (one == null) return other;
        if (other == null) return one;
        return EARLIER_FIRST.compare(other, one) < 0 ? other : one;
    }
}
