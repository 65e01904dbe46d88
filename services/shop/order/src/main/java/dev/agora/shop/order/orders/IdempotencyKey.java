package dev.agora.shop.order.orders;

import org.jspecify.annotations.Nullable;

/** The client's {@code Idempotency-Key}: 1 to 200 visible characters; the same key never creates two orders. */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 200;

    public IdempotencyKey {
        if (value.isBlank()) {
            throw OrderProblems.invalidIdempotencyKey("must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw OrderProblems.invalidIdempotencyKey("must be at most " + MAX_LENGTH + " characters long");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw OrderProblems.invalidIdempotencyKey("must not contain control characters");
        }
    }

    /** The key of a request, or null when the header is absent. */
    public static @Nullable IdempotencyKey of(@Nullable String header) {
        return header == null ? null : new IdempotencyKey(header);
    }
}
