package dev.agora.shop.query.order;

/** What happened to an order's payment, in precedence order: a refund follows a capture, which no failure undoes. */
enum PaymentStatus {
    NONE,
    FAILED,
    CAPTURED,
    REFUNDED
}
