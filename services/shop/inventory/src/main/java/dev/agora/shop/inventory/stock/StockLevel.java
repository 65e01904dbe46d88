package dev.agora.shop.inventory.stock;

import java.util.UUID;

/**
 * A product's stock.
 *
 * @param available what can still be reserved
 * @param reserved what is held for orders not yet confirmed
 */
record StockLevel(UUID productId, int available, int reserved) {

    /**
     * The most units a product's stock may hold, available and reserved together. Reserving and releasing move
     * units between the two and never change their sum, so neither integer column can overflow.
     */
    static final int MAX_UNITS = 1_000_000_000;

    /** Units in stock after {@code added} more were to come in (a long: the sum may pass the int range). */
    long unitsWith(long added) {
        return (long) available + reserved + added;
    }
}
