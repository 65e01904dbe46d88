package dev.agora.portal.shop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The shop as its services' APIs show it; the portal reads these and keeps none of them. */
final class ShopModels {

    private ShopModels() {}

    /** From the query service's catalogue: price and stock are null until their first event arrived. */
    record Product(
            UUID productId,
            String name,
            @Nullable String description,
            @Nullable String category,
            @Nullable BigDecimal unitPrice,
            @Nullable String currency,
            @Nullable Integer available) {

        public boolean orderable() {
            return unitPrice != null && available != null && available > 0;
        }
    }

    record Shopper(UUID userId, String name, String email, String country) {}

    record Shoppers(List<Shopper> items) {}

    /** An order from the order service (with its timeline) or from the query service (with product names). */
    record Order(
            UUID orderId,
            @Nullable UUID userId,
            @Nullable String mode,
            String status,
            List<Line> lines,
            @Nullable BigDecimal subtotal,
            @Nullable BigDecimal tax,
            @Nullable BigDecimal total,
            @Nullable String currency,
            @Nullable String reason,
            @Nullable Instant createdAt,
            @Nullable List<StatusChange> timeline) {

        public boolean finished() {
            return List.of("CONFIRMED", "CANCELLED", "EXPIRED", "REJECTED").contains(status);
        }
    }

    record Line(
            UUID productId,
            @Nullable String productName,
            int quantity,
            @Nullable BigDecimal unitPrice,
            @Nullable BigDecimal tax,
            @Nullable BigDecimal lineTotal) {}

    record StatusChange(String status, Instant at, @Nullable String reason) {}

    record History(UUID userId, long totalOrders, List<Order> orders) {}
}
