package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.PartOfConversation;
import dev.agora.shop.contracts.PricedLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An order is paid and final. */
@IntegrationEvent
public record OrderConfirmed(
        @NotNull UUID orderId,
        @NotNull UUID userId,
        @NotNull UUID paymentId,
        @NotNull List<@Valid @NotNull PricedLine> lines,
        @NotNull BigDecimal total,
        @NotBlank String currency)
        implements PartOfConversation {
    /** Everything about one order is one conversation in the message log. */
    @Override
    public String conversationId() {
        return orderId.toString();
    }
}
