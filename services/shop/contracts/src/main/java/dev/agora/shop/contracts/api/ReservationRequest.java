package dev.agora.shop.contracts.api;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.ShopLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** {@code POST /api/reservations} on inventory: take the stock of every line, all or nothing. */
public record ReservationRequest(
        @NotNull UUID orderId,
        @NotEmpty @Size(max = ShopLimits.MAX_LINES) List<@Valid @NotNull OrderLine> lines) {}
