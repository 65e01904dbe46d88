package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.PartOfConversation;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Pricing cannot price an order (a product has no price): the order cannot go on. */
@IntegrationEvent
public record OrderPricingFailed(
        @NotNull UUID orderId, @NotNull String reason) implements PartOfConversation {
    /** Everything about one order is one conversation in the message log. */
    @Override
    public String conversationId() {
        return orderId.toString();
    }
}
