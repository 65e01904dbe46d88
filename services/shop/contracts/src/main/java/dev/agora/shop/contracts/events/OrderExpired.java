package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import java.util.UUID;

/** An order was not paid in time; its stock goes back and a late payment is refunded. */
@IntegrationEvent
public record OrderExpired(UUID orderId) {}
