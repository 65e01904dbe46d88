package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import java.util.UUID;

/** A product entered the catalogue. */
@IntegrationEvent
public record ProductCreated(UUID productId, String name, String description, String category) {}
