package dev.agora.shop.pricing.price;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** Body of {@code PUT /api/prices/{productId}}; the currency must be the shop's (all prices share it). */
record PriceUpdate(
        @NotNull @Positive @Digits(integer = 10, fraction = 2)
        BigDecimal unitPrice,

        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {}
