package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A product's catalogue entry changed; carries the whole new state. */
@IntegrationEvent
public record ProductUpdated(
        @NotNull UUID productId,
        @NotNull String name,
        @NotNull String description,
        @NotNull String category) {}
