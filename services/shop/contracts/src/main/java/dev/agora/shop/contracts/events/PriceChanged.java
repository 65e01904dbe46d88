package dev.agora.shop.contracts.events;

import dev.agora.messaging.IntegrationEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

/** A product's unit price (before tax) was set or changed. */
@IntegrationEvent
public record PriceChanged(
        @NotNull UUID productId,
        @NotNull BigDecimal unitPrice,
        @NotBlank String currency) {}
