package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import dev.agora.messaging.PartOfConversation;
import dev.agora.shop.contracts.PricedLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Pricing computed an order's prices and taxes from its copies of the products and the user's country. */
@IntegrationEvent
public record OrderPriced(
        UUID orderId,
        UUID userId,
        List<PricedLine> lines,
        BigDecimal subtotal,
        BigDecimal tax,
        BigDecimal total,
        String currency)
        implements PartOfConversation {
    /** Everything about one order is one conversation in the message log. */
    @Override
    public String conversationId() {
        return orderId.toString();
    }
}
