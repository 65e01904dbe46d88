package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.PartOfConversation;
import java.util.UUID;

/** Inventory could not reserve an asynchronous order: a product lacks stock (nothing was taken). */
@IntegrationEvent
public record StockRejected(UUID orderId, UUID productId, int requested, int available) implements PartOfConversation {
    /** Everything about one order is one conversation in the message log. */
    @Override
    public String conversationId() {
        return orderId.toString();
    }
}
