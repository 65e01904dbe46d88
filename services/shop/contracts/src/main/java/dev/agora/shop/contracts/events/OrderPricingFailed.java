package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import java.util.UUID;

/** Pricing cannot price an order (a product has no price): the order cannot go on. */
@IntegrationEvent
public record OrderPricingFailed(UUID orderId, String reason) {}
