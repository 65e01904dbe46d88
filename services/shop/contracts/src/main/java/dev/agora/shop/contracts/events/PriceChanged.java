package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import java.math.BigDecimal;
import java.util.UUID;

/** A product's unit price (before tax) was set or changed. */
@IntegrationEvent
public record PriceChanged(UUID productId, BigDecimal unitPrice, String currency) {}
