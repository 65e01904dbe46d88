package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.PartOfConversation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

/** The payment provider charged an order's total. */
@IntegrationEvent
public record PaymentCreated(
        @NotNull UUID paymentId,
        @NotNull UUID orderId,
        @NotNull BigDecimal amount,
        @NotBlank String currency,
        @NotNull String providerReference)
        implements PartOfConversation {
    /** Everything about one order is one conversation in the message log. */
    @Override
    public String conversationId() {
        return orderId.toString();
    }
}
