package dev.agora.shop.contracts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A product and how many of it an order wants. */
public record OrderLine(
        @NotNull UUID productId,
        @Min(1) @Max(ShopLimits.MAX_QUANTITY) int quantity) {}
