package dev.agora.shop.payment.provider;

/** What the provider said to a refund. */
public sealed interface RefundOutcome {

    record Refunded() implements RefundOutcome {}

    /** The refund did not happen (yet); it may be asked again. */
    record ProviderError(String reason) implements RefundOutcome {}
}
