package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.PartOfConversation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;

/** Inventory could not reserve an asynchronous order: a product lacks stock (nothing was taken). */
@IntegrationEvent
public record StockRejected(
        @NotNull UUID orderId,
        @NotNull UUID productId,
        @Min(1) int requested,
        @PositiveOrZero int available) implements PartOfConversation {
    /** Everything about one order is one conversation in the message log. */
    @Override
    public String conversationId() {
        return orderId.toString();
    }
}
