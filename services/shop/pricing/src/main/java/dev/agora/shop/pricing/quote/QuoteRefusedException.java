package dev.agora.shop.pricing.quote;

import java.util.UUID;

/**
 * Lines that cannot be priced, and why: an unknown user or product (its event has not reached pricing), or a
 * product without a price.
 */
public final class QuoteRefusedException extends RuntimeException {

    public enum Reason {
        UNKNOWN_USER("Unknown user", "userId"),
        UNKNOWN_PRODUCT("Unknown product", "productId"),
        NO_PRICE("No price", "productId");

        private final String title;
        private final String subjectProperty;

        Reason(String title, String subjectProperty) {
            this.title = title;
            this.subjectProperty = subjectProperty;
        }

        public String title() {
            return title;
        }

        /** What the subject is: {@code userId} or {@code productId}. */
        public String subjectProperty() {
            return subjectProperty;
        }
    }

    private final Reason reason;
    private final UUID subject;
    private final String field;

    private QuoteRefusedException(Reason reason, UUID subject, String field, String message) {
        super(message);
        this.reason = reason;
        this.subject = subject;
        this.field = field;
    }

    public static QuoteRefusedException unknownUser(UUID userId) {
        return new QuoteRefusedException(
                Reason.UNKNOWN_USER, userId, "userId", "Pricing knows no user " + userId + " (no user.created yet)");
    }

    public static QuoteRefusedException unknownProduct(UUID productId, int line) {
        return new QuoteRefusedException(
                Reason.UNKNOWN_PRODUCT,
                productId,
                productField(line),
                "Pricing knows no product " + productId + " (no product.created yet)");
    }

    public static QuoteRefusedException noPrice(UUID productId, int line, String currency) {
        return new QuoteRefusedException(
                Reason.NO_PRICE,
                productId,
                productField(line),
                "Product " + productId + " has no price in " + currency);
    }

    private static String productField(int line) {
        return "lines[" + line + "].productId";
    }

    public Reason reason() {
        return reason;
    }

    /** The user or product that could not be priced. */
    public UUID subject() {
        return subject;
    }

    /** The request field that names the subject, such as {@code lines[1].productId}. */
    public String field() {
        return field;
    }
}
