package dev.agora.shop.contracts;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An order line with its price: {@code net = unitPrice × quantity}, {@code tax = net × taxRate} (rounded to the
 * currency's cents), {@code lineTotal = net + tax}.
 */
public record PricedLine(
        UUID productId, int quantity, BigDecimal unitPrice, BigDecimal taxRate, BigDecimal tax, BigDecimal lineTotal) {}
