package dev.agora.shop.contracts.api;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.ShopLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/orders} on the order service: a user's lines, each product once; {@code mode} defaults to ASYNC. */
public record PlaceOrderRequest(
        @NotNull UUID userId,
        @NotEmpty @Size(max = ShopLimits.MAX_LINES) List<@Valid @NotNull OrderLine> lines,
        @Nullable OrderMode mode) {}
