package dev.agora.portal.shop;

import dev.agora.shop.contracts.api.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the portal reads of the shop beyond its contracts (dev.agora.shop.contracts.api): shoppers and the query
 * service's order history. It keeps none of them.
 */
final class ShopModels {

    private ShopModels() {}

    record Shopper(UUID userId, String name, String email, String country) {}

    record Shoppers(List<Shopper> items) {}

    /** An order from the query service's history, with product names. */
    record Order(
            UUID orderId,
            @Nullable UUID userId,
            @Nullable String mode,
            OrderStatus status,
            List<Line> lines,
            @Nullable BigDecimal subtotal,
            @Nullable BigDecimal tax,
            @Nullable BigDecimal total,
            @Nullable String currency,
            @Nullable String reason,
            @Nullable Instant createdAt) {}

    record Line(
            UUID productId,
            @Nullable String productName,
            int quantity,
            @Nullable BigDecimal unitPrice,
            @Nullable BigDecimal tax,
            @Nullable BigDecimal lineTotal) {}

    record History(UUID userId, long totalOrders, List<Order> orders) {}
}
