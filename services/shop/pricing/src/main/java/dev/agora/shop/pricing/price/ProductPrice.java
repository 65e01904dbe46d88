package dev.agora.shop.pricing.price;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A product's unit price before tax. */
public record ProductPrice(UUID productId, BigDecimal unitPrice, String currency, Instant updatedAt) {}
