package dev.agora.shop.query.order;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A line of an order; the money is null until the order is priced.
 *
 * @param productName the product's current name (null if its product.created has not arrived)
 * @param unitPrice before tax
 * @param lineTotal {@code unitPrice × quantity + tax}
 */
record OrderLineView(
        UUID productId,
        @Nullable String productName,
        int quantity,
        @Nullable BigDecimal unitPrice,
        @Nullable BigDecimal tax,
        @Nullable BigDecimal lineTotal) {}
