package dev.agora.shop.pricing.quote;

import java.math.BigDecimal;
import java.util.UUID;

/** An order line with everything its price depends on, looked up: the input of {@link QuoteCalculator}. */
record RatedLine(UUID productId, int quantity, BigDecimal unitPrice, BigDecimal taxRate) {}
