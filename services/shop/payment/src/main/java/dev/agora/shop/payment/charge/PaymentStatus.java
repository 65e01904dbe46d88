package dev.agora.shop.payment.charge;

/** Where an order's charge stands. */
enum PaymentStatus {
    /** Claimed: the provider is being asked, its answer not recorded yet. */
    CHARGING,
    CAPTURED,
    DECLINED,
    /** The provider failed (an error, not a decline); nothing was taken. */
    FAILED,
    /** Captured, but its order ended: the provider is being asked to give it back. */
    REFUNDING,
    REFUNDED;

    /** A charge that took money at some point: what the API calls a payment. */
    boolean tookMoney() {
        return this == CAPTURED || this == REFUNDING || this == REFUNDED;
    }
}
