package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.PartOfConversation;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The payment provider declined or failed to charge an order; nothing was charged. */
@IntegrationEvent
public record PaymentFailed(@NotNull UUID orderId, @NotNull String reason) implements PartOfConversation {
    /** Everything about one order is one conversation in the message log. */
    @Override
    public String conversationId() {
        return orderId.toString();
    }
}
