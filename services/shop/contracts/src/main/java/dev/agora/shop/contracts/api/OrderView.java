package dev.agora.shop.contracts.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.agora.shop.contracts.OrderMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order as the order service's API shows it: prices and totals once known, the reason once ended, and its
 * timeline.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderView(
        UUID orderId,
        UUID userId,
        OrderMode mode,
        OrderStatus status,
        List<Line> lines,
        @Nullable BigDecimal subtotal,
        @Nullable BigDecimal tax,
        @Nullable BigDecimal total,
        @Nullable String currency,
        @Nullable UUID paymentId,
        @Nullable String reason,
        Instant createdAt,
        List<StatusChange> timeline) {

    /** A product and its quantity, with its prices once the order was priced. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(
            UUID productId,
            int quantity,
            @Nullable BigDecimal unitPrice,
            @Nullable BigDecimal taxRate,
            @Nullable BigDecimal tax,
            @Nullable BigDecimal lineTotal) {}
}
