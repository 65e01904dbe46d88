package dev.agora.shop.query.order;

/** The order service's statuses; the final ones never change there, so the first final one wins here. */
enum OrderStatus {
    PENDING,
    CONFIRMED,
    CANCELLED,
    EXPIRED;

    boolean isFinal() {
        return this != PENDING;
    }
}
