package dev.agora.shop.payment.sandbox;

import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Decides the sandbox's random provider errors; with a seed it repeats the same sequence, for tests. */
final class FailureDice {

    private final Random random;

    FailureDice(@Nullable Long seed) {
        this.random = seed == null ? new Random() : new Random(seed);
    }

    /** True for about {@code rate} of the calls: always at 1, never at 0. */
    boolean fails(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }
}
