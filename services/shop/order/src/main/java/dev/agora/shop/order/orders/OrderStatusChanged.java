package dev.agora.shop.order.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.StatusChange;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An in-process notice that an order's status changed, published in the transaction that changed it (listeners
 * that act after commit see only committed changes). Not an integration event: it never leaves the process.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderStatusChanged(
        UUID orderId,
        OrderStatus status,
        Instant at,
        @Nullable String reason) {

    public static OrderStatusChanged of(UUID orderId, StatusChange change) {
        return new OrderStatusChanged(orderId, change.status(), change.at(), change.reason());
    }
}
