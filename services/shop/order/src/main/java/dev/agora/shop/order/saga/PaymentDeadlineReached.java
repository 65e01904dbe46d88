package dev.agora.shop.order.saga;

import dev.agora.messaging.IntegrationEvent;
import java.util.UUID;

/**
 * This service's own timer (routing key {@code payment.deadline.reached}): scheduled through DelayedEvents when
 * an order is opened, it comes back only to this service, after the payment timeout.
 */
@IntegrationEvent
record PaymentDeadlineReached(UUID orderId) {}
