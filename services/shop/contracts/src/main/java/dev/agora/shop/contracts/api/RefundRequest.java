package dev.agora.shop.contracts.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** {@code POST /api/refunds} on payment: give back an order's payment, and keep no later charge of it. */
public record RefundRequest(@NotNull UUID orderId) {}
