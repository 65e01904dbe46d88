package dev.agora.shop.inventory.stock;

import java.util.UUID;

/** Whether a product has {@code requested} units available now; a hint, nothing is held. */
record Availability(UUID productId, int requested, int available, boolean sufficient) {

    static Availability of(StockLevel stock, int requested) {
        return new Availability(stock.productId(), requested, stock.available(), stock.available() >= requested);
    }
}
