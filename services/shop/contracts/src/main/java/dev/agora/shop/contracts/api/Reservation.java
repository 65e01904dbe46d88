package dev.agora.shop.contracts.api;

import dev.agora.shop.contracts.OrderLine;
import java.util.List;
import java.util.UUID;

/** Stock held for an order; {@code status} is {@code RESERVED}, {@code CONFIRMED} or {@code RELEASED}. */
public record Reservation(UUID orderId, List<OrderLine> lines, String status) {}
