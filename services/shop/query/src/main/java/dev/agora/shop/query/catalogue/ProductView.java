package dev.agora.shop.query.catalogue;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A product of the catalogue; price and stock are null until their first event arrives.
 *
 * @param unitPrice before tax
 */
record ProductView(
        UUID productId,
        String name,
        @Nullable String description,
        @Nullable String category,
        @Nullable BigDecimal unitPrice,
        @Nullable String currency,
        @Nullable Integer available) {}
