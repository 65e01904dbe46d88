package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.PartOfConversation;
import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order was accepted. An {@link dev.agora.shop.contracts.OrderMode#ASYNC} order starts the saga here;
 * a {@link dev.agora.shop.contracts.OrderMode#SYNC} one is already reserved, priced and paid when this is published. */
@IntegrationEvent
public record OrderCreated(
        @NotNull UUID orderId,
        @NotNull UUID userId,
        @NotEmpty List<@Valid @NotNull OrderLine> lines,
        @NotNull OrderMode mode,
        @NotNull Instant createdAt)
        implements PartOfConversation {
    /** Everything about one order is one conversation in the message log. */
    @Override
    public String conversationId() {
        return orderId.toString();
    }
}
