package dev.agora.shop.inventory.stock;

import java.util.List;

/** One page of every product's stock, ordered by product id. */
record StockPage(List<StockLevel> items, int page, int size, long total) {}
