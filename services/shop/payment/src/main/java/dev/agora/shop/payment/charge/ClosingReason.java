package dev.agora.shop.payment.charge;

/** Why an order can no longer be charged. */
enum ClosingReason {
    CANCELLED,
    EXPIRED,
    /** A synchronous charge whose process died: its caller has long given up, so a capture must go back. */
    CALLER_GONE
}
