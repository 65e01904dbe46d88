package dev.agora.shop.contracts;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * An order line with its price: {@code net = unitPrice × quantity}, {@code tax = net × taxRate} (rounded to the
 * currency's cents), {@code lineTotal = net + tax}.
 */
public record PricedLine(
        @NotNull UUID productId,
        @Min(1) int quantity,
        @NotNull BigDecimal unitPrice,
        @NotNull BigDecimal taxRate,
        @NotNull BigDecimal tax,
        @NotNull BigDecimal lineTotal) {}
