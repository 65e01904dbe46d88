package dev.agora.shop.contracts.api;

import dev.agora.shop.contracts.Amount;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.UUID;

/** {@code POST /api/payments} on payment: charge an order's total through the payment provider. */
public record ChargeRequest(
        @NotNull UUID orderId,
        @NotNull @Amount BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {}
