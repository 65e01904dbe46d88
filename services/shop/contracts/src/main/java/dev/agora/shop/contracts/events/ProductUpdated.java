package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import java.util.UUID;

/** A product's catalogue entry changed; carries the whole new state. */
@IntegrationEvent
public record ProductUpdated(UUID productId, String name, String description, String category) {}
