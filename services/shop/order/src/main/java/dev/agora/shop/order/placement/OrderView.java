package dev.agora.shop.order.placement;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.order.orders.Order;
import dev.agora.shop.order.orders.OrderItem;
import dev.agora.shop.order.orders.OrderStatus;
import dev.agora.shop.order.orders.StatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An order as the API shows it: prices and totals once known, the reason once ended, and its timeline. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OrderView(
        UUID orderId,
        UUID userId,
        OrderMode mode,
        OrderStatus status,
        List<OrderItem> lines,
        @Nullable BigDecimal subtotal,
        @Nullable BigDecimal tax,
        @Nullable BigDecimal total,
        @Nullable String currency,
        @Nullable UUID paymentId,
        @Nullable String reason,
        Instant createdAt,
        List<StatusChange> timeline) {

    static OrderView of(Order order, List<StatusChange> timeline) {
        return new OrderView(
                order.id(),
                order.userId(),
                order.mode(),
                order.status(),
                order.lines(),
                order.subtotal(),
                order.tax(),
                order.total(),
                order.currency(),
                order.paymentId(),
                order.reason(),
                order.createdAt(),
                timeline);
    }
}
