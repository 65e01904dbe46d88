package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import java.util.UUID;

/** A user's details changed; carries the whole new state, not a diff. */
@IntegrationEvent
public record UserUpdated(UUID userId, String name, String email, String country) {}
