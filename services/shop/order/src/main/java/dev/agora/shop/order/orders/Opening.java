package dev.agora.shop.order.orders;

/**
 * The answer to placing an order: the order, and whether this request created it or found it under its
 * Idempotency-Key.
 */
public record Opening(Order order, boolean created) {}
