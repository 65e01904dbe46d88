package dev.agora.shop.query.order;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.PaymentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The write side of {@code orders} and {@code order_lines}: read, merge, write back, under a row lock. */
@Repository
class OrderStore {

    private final JdbcClient jdbc;

    OrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applies an event about an order. The row is created first if missing, so two first events about one order
     * handled at once both find it and take turns on its lock instead of colliding on the insert.
     */
    void update(UUID orderId, Instant at, UnaryOperator<ProjectedOrder> change) {
        jdbc.sql("""
                        INSERT INTO orders (order_id, first_seen_at, status, lines_source, payment_status)
                        VALUES (:orderId, :at, 'PENDING', 'NONE', 'NONE')
                        ON CONFLICT (order_id) DO NOTHING""").param("orderId", orderId).param("at", utc(at)).update();
        var known = lockedOrder(orderId);
        var changed = change.apply(known.seenAt(at));
        if (changed.equals(known)) return;
        saveHeader(changed);
        if (!changed.pricing().equals(known.pricing()))
            saveLines(orderId, changed.pricing().lines());
    }

    void clear() {
        jdbc.sql("DELETE FROM order_lines").update();
        jdbc.sql("DELETE FROM orders").update();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM orders").query(Long.class).single();
    }

    /** Locks the order's row, then reads its lines, which only a holder of that lock writes. */
    private ProjectedOrder lockedOrder(UUID orderId) {
        var withLines = jdbc.sql("SELECT * FROM orders WHERE order_id = :orderId FOR UPDATE")
                .param("orderId", orderId)
                .query((row, number) -> order(row))
                .single();
        return withLines.apply(jdbc.sql("""
                        SELECT product_id, quantity, unit_price, tax, line_total
                        FROM order_lines WHERE order_id = :orderId ORDER BY line_no""")
                .param("orderId", orderId)
                .query(ProjectedLine.class)
                .list());
    }

    private static Function<List<ProjectedLine>, ProjectedOrder> order(ResultSet row) throws SQLException {
        var orderId = row.getObject("order_id", UUID.class);
        var firstSeenAt = instant(row, "first_seen_at");
        var mode = row.getString("mode");
        var placement = new Placement(
                row.getObject("user_id", UUID.class),
                mode == null ? null : OrderMode.valueOf(mode),
                instant(row, "created_at"));
        var outcome = new Outcome(
                OrderStatus.valueOf(row.getString("status")),
                instant(row, "status_at"),
                row.getString("outcome_reason"));
        var linesSource = LineSource.valueOf(row.getString("lines_source"));
        var linesAt = instant(row, "lines_at");
        var total = row.getBigDecimal("total");
        var currency = row.getString("currency");
        var payment = new Payment(
                row.getObject("payment_id", UUID.class), PaymentStatus.valueOf(row.getString("payment_status")));
        var failureReason = row.getString("failure");
        var failure = failureReason == null ? null : new Failure(failureReason, instant(row, "failure_at"));
        return lines -> new ProjectedOrder(
                orderId,
                firstSeenAt,
                placement,
                outcome,
                new Pricing(linesSource, linesAt, lines, total, currency),
                payment,
                failure);
    }

    private void saveHeader(ProjectedOrder order) {
        var failure = order.failure();
        jdbc.sql("""
                        UPDATE orders SET user_id = :userId, mode = :mode, created_at = :createdAt,
                            first_seen_at = :firstSeenAt, status = :status, status_at = :statusAt,
                            outcome_reason = :outcomeReason, lines_source = :linesSource, lines_at = :linesAt,
                            total = :total, currency = :currency, payment_id = :paymentId,
                            payment_status = :paymentStatus, failure = :failure, failure_at = :failureAt
                        WHERE order_id = :orderId""")
                .param("orderId", order.orderId())
                .param("userId", order.placement().userId())
                .param("mode", name(order.placement().mode()))
                .param("createdAt", utc(order.placement().createdAt()))
                .param("firstSeenAt", utc(order.firstSeenAt()))
                .param("status", order.outcome().status().name())
                .param("statusAt", utc(order.outcome().at()))
                .param("outcomeReason", order.outcome().reason())
                .param("linesSource", order.pricing().source().name())
                .param("linesAt", utc(order.pricing().at()))
                .param("total", order.pricing().total())
                .param("currency", order.pricing().currency())
                .param("paymentId", order.payment().paymentId())
                .param("paymentStatus", order.payment().status().name())
                .param("failure", failure == null ? null : failure.reason())
                .param("failureAt", failure == null ? null : utc(failure.at()))
                .update();
    }

    private void saveLines(UUID orderId, List<ProjectedLine> lines) {
        jdbc.sql("DELETE FROM order_lines WHERE order_id = :orderId")
                .param("orderId", orderId)
                .update();
        for (int number = 0; number < lines.size(); number++) {
            var line = lines.get(number);
            jdbc.sql("""
                            INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price, tax, line_total)
                            VALUES (:orderId, :lineNo, :productId, :quantity, :unitPrice, :tax, :lineTotal)""")
                    .param("orderId", orderId)
                    .param("lineNo", number)
                    .param("productId", line.productId())
                    .param("quantity", line.quantity())
                    .param("unitPrice", line.unitPrice())
                    .param("tax", line.tax())
                    .param("lineTotal", line.lineTotal())
                    .update();
        }
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
