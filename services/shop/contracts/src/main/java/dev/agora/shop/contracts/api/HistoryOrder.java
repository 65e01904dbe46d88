package dev.agora.shop.contracts.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.agora.shop.contracts.OrderMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order as the query service's history shows it, learnt from events only.
 *
 * @param mode null until order.created arrives
 * @param createdAt when it was placed (until order.created arrives: the oldest event about it)
 * @param subtotal sum of the lines before tax, once every line is priced
 * @param reason why it was cancelled or expired, or why a step failed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoryOrder(
        UUID orderId,
        @Nullable UUID userId,
        OrderStatus status,
        @Nullable OrderMode mode,
        Instant createdAt,
        List<Line> lines,
        @Nullable BigDecimal subtotal,
        @Nullable BigDecimal tax,
        @Nullable BigDecimal total,
        @Nullable String currency,
        @Nullable UUID paymentId,
        PaymentStatus paymentStatus,
        @Nullable String reason) {

    /**
     * A line of an order; the money is null until the order is priced.
     *
     * @param productName the product's current name (null if its product.created has not arrived)
     * @param unitPrice before tax
     * @param lineTotal {@code unitPrice × quantity + tax}
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(
            UUID productId,
            @Nullable String productName,
            int quantity,
            @Nullable BigDecimal unitPrice,
            @Nullable BigDecimal tax,
            @Nullable BigDecimal lineTotal) {}
}
