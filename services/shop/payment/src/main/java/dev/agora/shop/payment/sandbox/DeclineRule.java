package dev.agora.shop.payment.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The sandbox's predictable declines: amounts ending in certain cents (.13 by default) never go through. */
record DeclineRule(Set<Integer> declinedCents) {

    /** Why this amount is declined, or null when it is not. */
    @Nullable
    String reason(BigDecimal amount) {
        int cents = amount.setScale(2, RoundingMode.HALF_EVEN)
                .remainder(BigDecimal.ONE)
                .abs()
                .movePointRight(2)
                .intValueExact();
        return declinedCents.contains(cents)
                ? "declined by the sandbox provider: amounts ending in .%02d are always declined".formatted(cents)
                : null;
    }
}
