package dev.agora.shop.order.orders;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.StatusChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code orders} and {@code order_status_change} tables. */
@Repository
class OrderRepository {

    private static final String COLUMNS =
            "id, user_id, mode, status, lines, subtotal, tax, total, currency," + " payment_id, reason, created_at";
    private static final TypeReference<List<OrderItem>> ITEMS = new TypeReference<>() {};
    private static final Comparator<StatusChange> CHRONOLOGICAL =
            Comparator.comparing(StatusChange::at).thenComparing(StatusChange::status);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OrderRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Stores a new order and the first entry of its timeline in one statement (the accept path is latency
     * bound). False when another order holds the key: the unique constraint makes a concurrent insert wait for
     * that order's transaction and then skip.
     */
    boolean insert(Order order, @Nullable IdempotencyKey key) {
        return jdbc.sql("""
                        WITH opened AS (
                            INSERT INTO orders (id, user_id, mode, status, lines, idempotency_key, created_at, updated_at)
                            VALUES (:id, :userId, :mode, :status, CAST(:lines AS jsonb), :key, :createdAt, :createdAt)
                            ON CONFLICT (idempotency_key) DO NOTHING
                            RETURNING id, status, created_at)
                        INSERT INTO order_status_change (order_id, status, at)
                        SELECT id, status, created_at FROM opened""")
                        .param("id", order.id())
                        .param("userId", order.userId())
                        .param("mode", order.mode().name())
                        .param("status", order.status().name())
                        .param("lines", json.writeValueAsString(order.lines()))
                        .param("key", key == null ? null : key.value(), Types.VARCHAR)
                        .param("createdAt", utc(order.createdAt()))
                        .update()
                == 1;
    }

    Optional<Order> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE id = :id")
                .param("id", id)
                .query((row, number) -> order(row))
                .optional();
    }

    /** The order, locked until the end of the transaction: status changes of one order happen one at a time. */
    Optional<Order> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((row, number) -> order(row))
                .optional();
    }

    Optional<Order> findByKey(IdempotencyKey key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE idempotency_key = :key")
                .param("key", key.value())
                .query((row, number) -> order(row))
                .optional();
    }

    List<Order> findByUser(UUID userId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM orders WHERE user_id = :userId ORDER BY created_at DESC, id LIMIT :limit")
                .param("userId", userId)
                .param("limit", limit)
                .query((row, number) -> order(row))
                .list();
    }

    void update(Order order, Instant at) {
        jdbc.sql("""
                        UPDATE orders SET status = :status, lines = CAST(:lines AS jsonb), subtotal = :subtotal,
                            tax = :tax, total = :total, currency = :currency, payment_id = :paymentId,
                            reason = :reason, updated_at = :at
                        WHERE id = :id""")
                .param("id", order.id())
                .param("status", order.status().name())
                .param("lines", json.writeValueAsString(order.lines()))
                .param("subtotal", order.subtotal(), Types.NUMERIC)
                .param("tax", order.tax(), Types.NUMERIC)
                .param("total", order.total(), Types.NUMERIC)
                .param("currency", order.currency(), Types.CHAR)
                .param("paymentId", order.paymentId(), Types.OTHER)
                .param("reason", order.reason(), Types.VARCHAR)
                .param("at", utc(at))
                .update();
    }

    /** Frees the order's Idempotency-Key, so that the client may try the same order again under it. */
    void forgetKey(UUID id) {
        jdbc.sql("UPDATE orders SET idempotency_key = NULL WHERE id = :id")
                .param("id", id)
                .update();
    }

    void addStatusChange(UUID orderId, StatusChange change) {
        jdbc.sql("INSERT INTO order_status_change (order_id, status, at, reason) VALUES (:id, :status, :at, :reason)")
                .param("id", orderId)
                .param("status", change.status().name())
                .param("at", utc(change.at()))
                .param("reason", change.reason(), Types.VARCHAR)
                .update();
    }

    /** The timelines of these orders, oldest change first; an order without changes is missing from the map. */
    Map<UUID, List<StatusChange>> timelines(Collection<UUID> orderIds) {
        if (orderIds.isEmpty()) return Map.of();
        return jdbc
                .sql("SELECT order_id, status, at, reason FROM order_status_change WHERE order_id IN (:ids)")
                .param("ids", orderIds)
                .query((row, number) -> Map.entry(
                        row.getObject("order_id", UUID.class),
                        new StatusChange(
                                OrderStatus.valueOf(row.getString("status")),
                                instant(row, "at"),
                                row.getString("reason"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        Collectors.mapping(
                                Map.Entry::getValue,
                                Collectors.collectingAndThen(
                                        Collectors.toList(),
                                        changes -> changes.stream()
                                                .sorted(CHRONOLOGICAL)
                                                .toList()))));
    }

    private Order order(ResultSet row) throws SQLException {
        return new Order(
                row.getObject("id", UUID.class),
                row.getObject("user_id", UUID.class),
                OrderMode.valueOf(row.getString("mode")),
                OrderStatus.valueOf(row.getString("status")),
                json.readValue(row.getString("lines"), ITEMS),
                row.getBigDecimal("subtotal"),
                row.getBigDecimal("tax"),
                row.getBigDecimal("total"),
                row.getString("currency"),
                row.getObject("payment_id", UUID.class),
                row.getString("reason"),
                instant(row, "created_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
