package dev.agora.shop.inventory.stock;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code stock} table. Every change is one statement that keeps its own arithmetic on the row. */
@Repository
class StockRepository {

    private static final String COLUMNS = "product_id, available, reserved";

    private final JdbcClient jdbc;

    StockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the product already has a row */
    boolean createEmpty(UUID productId) {
        return jdbc.sql("INSERT INTO stock (product_id) VALUES (:productId) ON CONFLICT DO NOTHING")
                        .param("productId", productId)
                        .update()
                == 1;
    }

    Optional<StockLevel> find(UUID productId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stock WHERE product_id = :productId")
                .param("productId", productId)
                .query(StockLevel.class)
                .optional();
    }

    /** Locks the row until the transaction ends, so that it can be changed knowing what it holds. */
    Optional<StockLevel> lock(UUID productId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stock WHERE product_id = :productId FOR UPDATE")
                .param("productId", productId)
                .query(StockLevel.class)
                .optional();
    }

    StockLevel replaceAvailable(UUID productId, int available) {
        return jdbc.sql("UPDATE stock SET available = :available, updated_at = now() WHERE product_id = :productId"
                        + " RETURNING " + COLUMNS)
                .param("productId", productId)
                .param("available", available)
                .query(StockLevel.class)
                .single();
    }

    StockLevel addAvailable(UUID productId, int quantity) {
        return jdbc.sql("UPDATE stock SET available = available + :quantity, updated_at = now()"
                        + " WHERE product_id = :productId RETURNING " + COLUMNS)
                .param("productId", productId)
                .param("quantity", quantity)
                .query(StockLevel.class)
                .single();
    }

    /**
     * Moves {@code quantity} from available to reserved only if that many are available: the condition is
     * checked on the locked row, so concurrent takers queue on it and none sees stale stock.
     *
     * @return the available stock after, or empty when there was not enough (or no row)
     */
    Optional<Integer> reserve(UUID productId, int quantity) {
        return jdbc.sql("UPDATE stock SET available = available - :quantity, reserved = reserved + :quantity,"
                        + " updated_at = now() WHERE product_id = :productId AND available >= :quantity"
                        + " RETURNING available")
                .param("productId", productId)
                .param("quantity", quantity)
                .query(Integer.class)
                .optional();
    }

    /** @return the available stock after; empty if the product has no row */
    Optional<Integer> unreserve(UUID productId, int quantity) {
        return jdbc.sql("UPDATE stock SET available = available + :quantity, reserved = reserved - :quantity,"
                        + " updated_at = now() WHERE product_id = :productId RETURNING available")
                .param("productId", productId)
                .param("quantity", quantity)
                .query(Integer.class)
                .optional();
    }

    /** Reserved units that were sold leave the stock for good. */
    int removeReserved(UUID productId, int quantity) {
        return jdbc.sql("UPDATE stock SET reserved = reserved - :quantity, updated_at = now()"
                        + " WHERE product_id = :productId")
                .param("productId", productId)
                .param("quantity", quantity)
                .update();
    }

    List<StockLevel> page(int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stock ORDER BY product_id LIMIT :size OFFSET :offset")
                .param("size", size)
                .param("offset", (long) page * size)
                .query(StockLevel.class)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM stock").query(Long.class).single();
    }
}
