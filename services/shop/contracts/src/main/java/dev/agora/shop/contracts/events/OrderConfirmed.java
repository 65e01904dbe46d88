package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.PartOfConversation;
import dev.agora.shop.contracts.PricedLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An order is paid and final. */
@IntegrationEvent
public record OrderConfirmed(
        UUID orderId, UUID userId, UUID paymentId, List<PricedLine> lines, BigDecimal total, String currency)
        implements PartOfConversation {
    /** Everything about one order is one conversation in the message log. */
    @Override
    public String conversationId() {
        return orderId.toString();
    }
}
