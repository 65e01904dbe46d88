package dev.agora.shop.contracts.api;

/**
 * Where an order stands. An asynchronous order goes PENDING → STOCK_RESERVED → PRICED → CONFIRMED, or ends
 * CANCELLED or EXPIRED on the way; a synchronous one is PENDING while its HTTP calls run and ends CONFIRMED,
 * REJECTED (failed, nothing left behind) or CANCELLED (failed, cleanup left to the events).
 */
public enum OrderStatus {
    PENDING,
    STOCK_RESERVED,
    PRICED,
    CONFIRMED,
    CANCELLED,
    EXPIRED,
    REJECTED;

    /** A final status never changes again: the order service's status stream ends there. */
    public boolean isFinal() {
        return this == CONFIRMED || this == CANCELLED || this == EXPIRED || this == REJECTED;
    }
}
