package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The seed's stock message, {@code {action: "inventoryUpdated", productId, payload: {quantity: -quantity}}}: a
 * change of a product's available stock, negative when stock is taken. {@code payload.available} (the stock
 * after the change) and {@code payload.orderId} (when an order caused it) go beyond the seed.
 */
@IntegrationEvent
public record InventoryUpdated(
        @NotNull String action,
        @NotNull UUID productId,
        @NotNull StockChange payload) {

    public static final String ACTION = "inventoryUpdated";

    public static InventoryUpdated of(UUID productId, int quantity, int available, @Nullable UUID orderId) {
        return new InventoryUpdated(ACTION, productId, new StockChange(quantity, available, orderId));
    }

    public record StockChange(
            int quantity, int available, @Nullable UUID orderId) {}
}
