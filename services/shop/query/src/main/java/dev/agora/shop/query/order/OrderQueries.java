package dev.agora.shop.query.order;

import dev.agora.shop.contracts.api.HistoryOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read side of orders: plain SQL on the history index, then the lines of the whole page in one query, with
 * each product's current name joined in at read time (a product renamed later shows its new name).
 */
@Repository
class OrderQueries {

    /** A confirmed order keeps no failure reason: a step may have failed on the way and been overtaken. */
    private static final String HEADER = """
            SELECT order_id, user_id, status, mode, sort_at AS created_at, total, currency, payment_id,
                payment_status, CASE WHEN status <> 'CONFIRMED' THEN COALESCE(outcome_reason, failure) END AS reason
            FROM orders""";

    private final JdbcClient jdbc;

    OrderQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<HistoryOrder> find(UUID orderId) {
        return jdbc.sql(HEADER + " WHERE order_id = :orderId")
                .param("orderId", orderId)
                .query(HistoryOrders.Header.class)
                .optional()
                .map(header ->
                        HistoryOrders.of(header, linesOf(List.of(orderId)).getOrDefault(orderId, List.of())));
    }

    List<HistoryOrder> history(UUID userId, int page, int size) {
        var headers = jdbc.sql(HEADER + """
                         WHERE user_id = :userId
                        ORDER BY sort_at DESC, order_id DESC
                        LIMIT :size OFFSET :offset""")
                .param("userId", userId)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(HistoryOrders.Header.class)
                .list();
        if (headers.isEmpty()) return List.of();
        var lines = linesOf(headers.stream().map(HistoryOrders.Header::orderId).toList());
        return headers.stream()
                .map(header -> HistoryOrders.of(header, lines.getOrDefault(header.orderId(), List.of())))
                .toList();
    }

    long countOf(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM orders WHERE user_id = :userId")
                .param("userId", userId)
                .query(Long.class)
                .single();
    }

    boolean userKnown(UUID userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE user_id = :userId)")
                .param("userId", userId)
                .query(Boolean.class)
                .single();
    }

    private Map<UUID, List<HistoryOrder.Line>> linesOf(List<UUID> orderIds) {
        return jdbc
                .sql("""
                        SELECT l.order_id, l.product_id, p.name AS product_name, l.quantity, l.unit_price, l.tax,
                            l.line_total
                        FROM order_lines l LEFT JOIN products p ON p.product_id = l.product_id
                        WHERE l.order_id IN (:orderIds)
                        ORDER BY l.order_id, l.line_no""")
                .param("orderIds", orderIds)
                .query((row, number) -> Map.entry(
                        row.getObject("order_id", UUID.class),
                        new HistoryOrder.Line(
                                row.getObject("product_id", UUID.class),
                                row.getString("product_name"),
                                row.getInt("quantity"),
                                row.getBigDecimal("unit_price"),
                                row.getBigDecimal("tax"),
                                row.getBigDecimal("line_total"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
