package dev.agora.shop.contracts.api;

import dev.agora.shop.contracts.OrderLine;
import java.util.List;
import java.util.UUID;

/**
 * Stock held for an order; {@code status} is {@code RESERVED}, {@code CONFIRMED}, {@code RELEASED} or
 * {@code REJECTED} (an async order that lacked stock: a repeat takes nothing).
 */
public record Reservation(UUID orderId, List<OrderLine> lines, String status) {}
