package dev.agora.shop.query.order;

import dev.agora.shop.contracts.api.OrderStatus;
import java.time.Instant;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * An order's status. The order service never leaves a final status, so a final status beats PENDING and, should
 * two final ones ever be seen, the earlier one wins (a tie goes to the first in declaration order).
 *
 * @param at the creation time of the event that set a final status
 * @param reason why an order was cancelled or expired
 */
record Outcome(
        OrderStatus status, @Nullable Instant at, @Nullable String reason) {

    static final Outcome PENDING = new Outcome(OrderStatus.PENDING, null, null);

    private static final Comparator<Outcome> EARLIER_FIRST =
            Comparator.comparing(Outcome::at).thenComparing(Outcome::status);

    Outcome merge(Outcome other) {
        if (!other.status.isFinal()) return this;
        if (!status.isFinal()) return other;
        return EARLIER_FIRST.compare(other, this) < 0 ? other : this;
    }
}
