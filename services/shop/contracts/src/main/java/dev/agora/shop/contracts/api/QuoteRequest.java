package dev.agora.shop.contracts.api;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.ShopLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** {@code POST /api/quotes} on pricing: price these lines for this user (taxes depend on the user's country). */
public record QuoteRequest(
        @NotNull UUID userId,
        @NotEmpty @Size(max = ShopLimits.MAX_LINES) List<@Valid @NotNull OrderLine> lines) {}
