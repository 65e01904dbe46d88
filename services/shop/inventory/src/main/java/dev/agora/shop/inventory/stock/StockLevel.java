package dev.agora.shop.inventory.stock;

import java.util.UUID;

/**
 * A product's stock.
 *
 * @param available what can still be reserved
 * @param reserved what is held for orders not yet confirmed
 */
record StockLevel(UUID productId, int available, int reserved) {}
