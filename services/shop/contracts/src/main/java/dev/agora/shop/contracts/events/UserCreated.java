package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import java.util.UUID;

/** A user was registered; services keep the copy they need (pricing: the country for taxes). */
@IntegrationEvent
public record UserCreated(UUID userId, String name, String email, String country) {}
