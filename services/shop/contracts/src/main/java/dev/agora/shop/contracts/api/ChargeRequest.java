package dev.agora.shop.contracts.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.UUID;

/** {@code POST /api/payments} on payment: charge an order's total through the payment provider. */
public record ChargeRequest(
        @NotNull UUID orderId,
        @NotNull @Positive BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {}
