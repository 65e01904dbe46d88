package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.PartOfConversation;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** An order was not paid in time; its stock goes back and a late payment is refunded. */
@IntegrationEvent
public record OrderExpired(@NotNull UUID orderId) implements PartOfConversation {
    /** Everything about one order is one conversation in the message log. */
    @Override
    public String conversationId() {
        return orderId.toString();
    }
}
