/**
 * Stock per product: a row for every product of the catalogue, set and added to by the shop's staff, read by
 * anyone, and taken or given back for reservations through {@link dev.agora.shop.inventory.stock.StockLedger}.
 * Every change publishes the seed's {@code inventoryUpdated} message.
 */
@NullMarked
package dev.agora.shop.inventory.stock;

import org.jspecify.annotations.NullMarked;
