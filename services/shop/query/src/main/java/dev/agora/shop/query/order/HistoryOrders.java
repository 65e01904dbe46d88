package dev.agora.shop.query.order;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.HistoryOrder;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** An order of the history from its header row and its lines: subtotal and tax follow from the lines. */
final class HistoryOrders {

    private HistoryOrders() {}

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

    static HistoryOrder of(Header header, List<HistoryOrder.Line> lines) {
        boolean priced =
                !lines.isEmpty() && lines.stream().allMatch(line -> line.tax() != null && line.lineTotal() != null);
        var tax = priced ? sum(lines, HistoryOrder.Line::tax) : null;
        var subtotal =
                priced ? sum(lines, HistoryOrder.Line::lineTotal).subtract(sum(lines, HistoryOrder.Line::tax)) : null;
        return new HistoryOrder(
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

    private static BigDecimal sum(
            List<HistoryOrder.Line> lines, Function<HistoryOrder.Line, @Nullable BigDecimal> amount) {
        return lines.stream().map(amount).map(Objects::requireNonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
