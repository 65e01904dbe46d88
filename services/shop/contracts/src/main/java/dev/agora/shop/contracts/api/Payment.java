package dev.agora.shop.contracts.api;

import java.math.BigDecimal;
import java.util.UUID;

/** A charge; {@code status} is {@code CAPTURED} or {@code REFUNDED}. */
public record Payment(
        UUID paymentId, UUID orderId, BigDecimal amount, String currency, String status, String providerReference) {}
