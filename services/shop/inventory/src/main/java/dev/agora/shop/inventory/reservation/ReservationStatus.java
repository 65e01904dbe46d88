package dev.agora.shop.inventory.reservation;

/** Where a reservation stands; only a {@link #RESERVED} one holds stock. */
enum ReservationStatus {
    /** The stock of every line is held for the order. */
    RESERVED,
    /** The order was paid: its lines are sold and never come back. */
    CONFIRMED,
    /** The order ended unpaid and its stock is available again; or a release came before any reservation. */
    RELEASED,
    /** An asynchronous order lacked stock; nothing was taken. */
    REJECTED
}
