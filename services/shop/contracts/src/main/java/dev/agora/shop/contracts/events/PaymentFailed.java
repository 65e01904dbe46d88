package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import java.util.UUID;

/** The payment provider declined or failed to charge an order; nothing was charged. */
@IntegrationEvent
public record PaymentFailed(UUID orderId, String reason) {}
