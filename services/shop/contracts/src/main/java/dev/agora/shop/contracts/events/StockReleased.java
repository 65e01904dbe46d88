package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.PartOfConversation;
import dev.agora.shop.contracts.OrderLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** The stock reserved for an order that was cancelled or expired is available again. */
@IntegrationEvent
public record StockReleased(@NotNull UUID orderId, @NotEmpty List<@Valid @NotNull OrderLine> lines)
        implements PartOfConversation {
    /** Everything about one order is one conversation in the message log. */
    @Override
    public String conversationId() {
        return orderId.toString();
    }
}
