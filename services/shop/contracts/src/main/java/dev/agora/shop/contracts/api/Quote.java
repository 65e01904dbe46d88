package dev.agora.shop.contracts.api;

import dev.agora.shop.contracts.PricedLine;
import java.math.BigDecimal;
import java.util.List;

/** Prices and taxes of some lines; {@code total = subtotal + tax}. */
public record Quote(List<PricedLine> lines, BigDecimal subtotal, BigDecimal tax, BigDecimal total, String currency) {}
