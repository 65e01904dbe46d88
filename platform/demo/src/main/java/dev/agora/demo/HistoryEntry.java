package dev.agora.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the demo reads of an order in the query service's history: how it ended, and what was in it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record HistoryEntry(
        UUID orderId,
        @Nullable OrderMode mode,
        OrderStatus status,
        List<Line> lines,
        @Nullable BigDecimal total,
        @Nullable String currency,
        @Nullable String reason) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(@Nullable String productName, int quantity) {}
}
