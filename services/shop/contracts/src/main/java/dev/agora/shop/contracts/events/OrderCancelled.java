package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.PartOfConversation;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** An order ended without being paid (no stock, no price, payment failed); its stock goes back. */
@IntegrationEvent
public record OrderCancelled(@NotNull UUID orderId, @NotNull String reason) implements PartOfConversation {
    /** Everything about one order is one conversation in the message log. */
    @Override
    public String conversationId() {
        return orderId.toString();
    }
}
