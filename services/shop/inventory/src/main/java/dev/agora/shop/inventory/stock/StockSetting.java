package dev.agora.shop.inventory.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** {@code PUT /api/stock/{productId}}: the available stock after a count or a restock. */
record StockSetting(
        @NotNull @PositiveOrZero @Max(StockLevel.MAX_UNITS) Integer available) {}
