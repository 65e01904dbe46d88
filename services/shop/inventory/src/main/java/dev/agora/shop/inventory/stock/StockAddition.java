package dev.agora.shop.inventory.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** {@code POST /api/stock/{productId}/additions}: units received. */
record StockAddition(@NotNull @Positive @Max(1_000_000) Integer quantity) {}
