package dev.agora.shop.order.orders;

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

    /** What moving from this status to another does. */
    public enum Step {
        APPLY,
        /** Late, duplicate or stale news: the order stays as it is. */
        IGNORE,
        /** Too early: what the target needs has not arrived yet (confirming an order that has no prices). */
        NOT_YET
    }

    public boolean isFinal() {
        return this == CONFIRMED || this == CANCELLED || this == EXPIRED || this == REJECTED;
    }

    /**
     * The guard of every transition. A final order never moves again. Events of the saga come from different
     * services and may overtake each other, so PRICED also follows PENDING (pricing implies the stock was
     * reserved) and a stock reservation arriving after the prices is stale.
     */
    public Step stepTo(OrderStatus target) {
        if (isFinal()) return Step.IGNORE;
        return switch (target) {
            case PENDING -> Step.IGNORE;
            case STOCK_RESERVED -> this == PENDING ? Step.APPLY : Step.IGNORE;
            case PRICED -> this == PRICED ? Step.IGNORE : Step.APPLY;
            case CONFIRMED -> this == PRICED ? Step.APPLY : Step.NOT_YET;
            case CANCELLED, EXPIRED, REJECTED -> Step.APPLY;
        };
    }
}
