package dev.agora.shop.inventory.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** {@code PUT /api/stock/{productId}}: the available stock after a count or a restock. */
record StockSetting(
        @NotNull @PositiveOrZero @Max(StockSetting.MAX_STOCK)
        Integer available) {

    /** Far below the column's integer limit, so that later additions cannot overflow it in practice. */
    static final int MAX_STOCK = 1_000_000_000;
}
