package dev.agora.shop.payment.provider;

/** What the provider said to a charge. */
public sealed interface ChargeOutcome {

    /** The money was taken; {@code reference} identifies the charge at the provider. */
    record Captured(String reference) implements ChargeOutcome {}

    /** The provider refused the charge for good (card declined, amount not allowed). */
    record Declined(String reason) implements ChargeOutcome {}

    /** The provider could not answer (outage, timeout, internal error); nothing was taken. */
    record ProviderError(String reason) implements ChargeOutcome {}
}
