package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A product entered the catalogue. */
@IntegrationEvent
public record ProductCreated(
        @NotNull UUID productId,
        @NotNull String name,
        @NotNull String description,
        @NotNull String category) {}
