package dev.agora.shop.query.order;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the read model knows of an order. Every part merges by a rule that is commutative, associative and
 * idempotent (fill unknown facts, keep what has precedence), so any arrival order of the same events, with
 * any duplicates, ends in the same state, and so does the replay of the journal.
 *
 * @param firstSeenAt the creation time of the oldest event about the order: its place in the history until
 *     order.created tells when it was placed
 */
record ProjectedOrder(
        UUID orderId,
        Instant firstSeenAt,
        Placement placement,
        Outcome outcome,
        Pricing pricing,
        Payment payment,
        @Nullable Failure failure) {

    static ProjectedOrder firstSeen(UUID orderId, Instant at) {
        return new ProjectedOrder(orderId, at, Placement.UNKNOWN, Outcome.PENDING, Pricing.NONE, Payment.NONE, null);
    }

    ProjectedOrder seenAt(Instant at) {
        var first = at.isBefore(firstSeenAt) ? at : firstSeenAt;
        return new ProjectedOrder(orderId, first, placement, outcome, pricing, payment, failure);
    }

    ProjectedOrder merge(Placement other) {
        return new ProjectedOrder(orderId, firstSeenAt, placement.merge(other), outcome, pricing, payment, failure);
    }

    ProjectedOrder merge(Outcome other) {
        return new ProjectedOrder(orderId, firstSeenAt, placement, outcome.merge(other), pricing, payment, failure);
    }

    ProjectedOrder merge(Pricing other) {
        return new ProjectedOrder(orderId, firstSeenAt, placement, outcome, pricing.merge(other), payment, failure);
    }

    ProjectedOrder merge(Payment other) {
        return new ProjectedOrder(orderId, firstSeenAt, placement, outcome, pricing, payment.merge(other), failure);
    }

    ProjectedOrder merge(Failure other) {
        return new ProjectedOrder(
                orderId, firstSeenAt, placement, outcome, pricing, payment, Failure.merge(failure, other));
    }
}
