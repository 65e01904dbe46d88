package dev.agora.shop.contracts.api;

/** What happened to an order's payment, in precedence order: a refund follows a capture, which no failure undoes. */
public enum PaymentStatus {
    NONE,
    FAILED,
    CAPTURED,
    REFUNDED
}
