package dev.agora.shop.query.order;

import dev.agora.shop.contracts.OrderMode;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who placed an order, how and when; order.created says all, priced and confirmed name the user too. */
record Placement(
        @Nullable UUID userId,
        @Nullable OrderMode mode,
        @Nullable Instant createdAt) {

    static final Placement UNKNOWN = new Placement(null, null, null);

    static Placement byUser(UUID userId) {
        return new Placement(userId, null, null);
    }

    /** Fills what this one does not know yet: the facts never change, so the order of merging does not matter. */
    Placement merge(Placement other) {
        return new Placement(known(userId, other.userId), known(mode, other.mode), known(createdAt, other.createdAt));
    }

    /** The first if known, else the second (which may be unknown too). */
    private static <T> @Nullable T known(@Nullable T first, @Nullable T second) {
        return first != null ? first : second;
    }
}
