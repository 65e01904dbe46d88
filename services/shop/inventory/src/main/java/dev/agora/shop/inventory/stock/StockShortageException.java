package dev.agora.shop.inventory.stock;

import java.util.UUID;

/** A product has fewer units available than a reservation asks for; nothing of the reservation was taken. */
public class StockShortageException extends RuntimeException {

    private final UUID productId;
    private final int requested;
    private final int available;

    public StockShortageException(UUID productId, int requested, int available) {
        super("Product " + productId + ": " + requested + " requested, " + available + " available");
        this.productId = productId;
        this.requested = requested;
        this.available = available;
    }

    public UUID productId() {
        return productId;
    }

    public int requested() {
        return requested;
    }

    public int available() {
        return available;
    }
}
