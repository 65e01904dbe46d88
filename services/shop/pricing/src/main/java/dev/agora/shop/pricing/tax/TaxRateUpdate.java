package dev.agora.shop.pricing.tax;

import dev.agora.shop.contracts.ShopLimits;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Body of {@code PUT /api/tax-rules/{category}/{country}}: the rate as a fraction, 0.055 for 5.5 %. */
record TaxRateUpdate(
        @NotNull @DecimalMin("0") @DecimalMax(ShopLimits.MAX_TAX_RATE) @Digits(integer = 1, fraction = 4)
        BigDecimal rate) {}
