package dev.agora.shop.order.orders;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.PricedLine;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.StatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order as stored: its lines (priced once pricing answered), totals, payment, status and why it ended. Its
 * timeline is kept beside it ({@link StatusChange}).
 */
public record Order(
        UUID id,
        UUID userId,
        OrderMode mode,
        OrderStatus status,
        List<OrderItem> lines,
        @Nullable BigDecimal subtotal,
        @Nullable BigDecimal tax,
        @Nullable BigDecimal total,
        @Nullable String currency,
        @Nullable UUID paymentId,
        @Nullable String reason,
        Instant createdAt) {

    public Order {
        lines = List.copyOf(lines);
    }

    static Order open(NewOrder request) {
        return new Order(
                UUID.randomUUID(),
                request.userId(),
                request.mode(),
                OrderStatus.PENDING,
                request.lines().stream().map(OrderItem::of).toList(),
                null,
                null,
                null,
                null,
                null,
                null,
                now());
    }

    /** Now, at the precision PostgreSQL keeps, so that what is returned equals what is read back later. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public List<OrderLine> orderLines() {
        return lines.stream().map(OrderItem::line).toList();
    }

    List<PricedLine> pricedLines() {
        return lines.stream().map(OrderItem::priced).toList();
    }

    Order priced(List<PricedLine> priced, BigDecimal subtotal, BigDecimal tax, BigDecimal total, String currency) {
        return new Order(
                id,
                userId,
                mode,
                status,
                priced.stream().map(OrderItem::of).toList(),
                Money.of(subtotal),
                Money.of(tax),
                Money.of(total),
                currency,
                paymentId,
                reason,
                createdAt);
    }

    Order paid(UUID payment) {
        return new Order(id, userId, mode, status, lines, subtotal, tax, total, currency, payment, reason, createdAt);
    }

    Order endedBecause(String why) {
        return new Order(id, userId, mode, status, lines, subtotal, tax, total, currency, paymentId, why, createdAt);
    }

    Order in(OrderStatus next) {
        return new Order(id, userId, mode, next, lines, subtotal, tax, total, currency, paymentId, reason, createdAt);
    }
}
