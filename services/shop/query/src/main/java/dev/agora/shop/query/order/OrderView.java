package dev.agora.shop.query.order;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An order as its history shows it.
 *
 * @param mode null until order.created arrives
 * @param createdAt when it was placed (until order.created arrives: the oldest event about it)
 * @param subtotal sum of the lines before tax, once every line is priced
 * @param reason why it was cancelled or expired, or why a step failed
 */
record OrderView(
        UUID orderId,
        @Nullable UUID userId,
        OrderStatus status,
        @Nullable OrderMode mode,
        Instant createdAt,
        List<OrderLineView> lines,
        @Nullable BigDecimal subtotal,
        @Nullable BigDecimal tax,
        @Nullable BigDecimal total,
        @Nullable String currency,
        @Nullable UUID paymentId,
        PaymentStatus paymentStatus,
        @Nullable String reason) {

    /** The order's header columns; subtotal and tax follow from its lines. */
    record Header(
            UUID orderId,
            @Nullable UUID userId,
            OrderStatus status,
            @Nullable OrderMode mode,
            Instant createdAt,
            @Nullable BigDecimal total,
            @Nullable String currency,
            @Nullable UUID paymentId,
            PaymentStatus paymentStatus,
            @Nullable String reason) {}

    static OrderView of(Header header, List<OrderLineView> lines) {
        boolean priced =
                !lines.isEmpty() && lines.stream().allMatch(line -> line.tax() != null && line.lineTotal() != null);
        var tax = priced ? sum(lines, OrderLineView::tax) : null;
        var subtotal = priced ? sum(lines, OrderLineView::lineTotal).subtract(sum(lines, OrderLineView::tax)) : null;
        return new OrderView(
                header.orderId(),
                header.userId(),
                header.status(),
                header.mode(),
                header.createdAt(),
                lines,
                subtotal,
                tax,
                header.total(),
                header.currency(),
                header.paymentId(),
                header.paymentStatus(),
                header.reason());
    }

    private static BigDecimal sum(List<OrderLineView> lines, Function<OrderLineView, @Nullable BigDecimal> amount) {
        return lines.stream().map(amount).map(Objects::requireNonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
