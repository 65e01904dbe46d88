package dev.agora.shop.pricing.price;

import dev.agora.shop.contracts.Amount;
import dev.agora.shop.contracts.ShopLimits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * Body of {@code PUT /api/prices/{productId}}; the currency must be the shop's (all prices share it). The unit
 * price is bounded so that any order of the product fits the order's totals ({@link ShopLimits}).
 */
record PriceUpdate(
        @NotNull @Amount(max = ShopLimits.MAX_UNIT_PRICE) BigDecimal unitPrice,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {}
