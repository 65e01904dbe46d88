package dev.agora.shop.contracts.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an order's timeline, as the order service's API and status stream write it: when it reached a
 * status, and why for CANCELLED, EXPIRED and REJECTED.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusChange(
        OrderStatus status, Instant at, @Nullable String reason) {}
