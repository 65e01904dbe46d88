package dev.agora.shop.order.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of an order's timeline: when it reached a status, and why for CANCELLED, EXPIRED and REJECTED. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusChange(
        OrderStatus status, Instant at, @Nullable String reason) {}
