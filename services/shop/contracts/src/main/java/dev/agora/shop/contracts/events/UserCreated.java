package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A user was registered; services keep the copy they need (pricing: the country for taxes). */
@IntegrationEvent
public record UserCreated(
        @NotNull UUID userId,
        @NotNull String name,
        @NotNull String email,
        @NotBlank String country) {}
