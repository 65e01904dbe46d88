package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A user's details changed; carries the whole new state, not a diff. */
@IntegrationEvent
public record UserUpdated(
        @NotNull UUID userId,
        @NotNull String name,
        @NotNull String email,
        @NotBlank String country) {}
