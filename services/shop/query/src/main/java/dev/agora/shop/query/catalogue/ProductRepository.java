package dev.agora.shop.query.catalogue;

import dev.agora.shop.contracts.api.ProductView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code products} table. Details, price and stock come from three services and arrive in any order: each
 * upsert fills its own columns, unless a newer event already did.
 */
@Repository
class ProductRepository {

    private static final String VIEW = """
            SELECT product_id, name, description, category, unit_price, currency, available
            FROM products WHERE name IS NOT NULL""";

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void saveDetails(UUID productId, String name, @Nullable String description, @Nullable String category, Instant at) {
        jdbc.sql("""
                        INSERT INTO products (product_id, name, description, category, details_at)
                        VALUES (:productId, :name, :description, :category, :at)
                        ON CONFLICT (product_id) DO UPDATE
                        SET name = EXCLUDED.name, description = EXCLUDED.description, category = EXCLUDED.category,
                            details_at = EXCLUDED.details_at
                        WHERE products.details_at IS NULL OR products.details_at <= EXCLUDED.details_at""")
                .param("productId", productId)
                .param("name", name)
                .param("description", description)
                .param("category", category)
                .param("at", utc(at))
                .update();
    }

    void savePrice(UUID productId, BigDecimal unitPrice, String currency, Instant at) {
        jdbc.sql("""
                        INSERT INTO products (product_id, unit_price, currency, price_at)
                        VALUES (:productId, :unitPrice, :currency, :at)
                        ON CONFLICT (product_id) DO UPDATE
                        SET unit_price = EXCLUDED.unit_price, currency = EXCLUDED.currency, price_at = EXCLUDED.price_at
                        WHERE products.price_at IS NULL OR products.price_at <= EXCLUDED.price_at""")
                .param("productId", productId)
                .param("unitPrice", unitPrice.setScale(2, RoundingMode.HALF_EVEN))
                .param("currency", currency)
                .param("at", utc(at))
                .update();
    }

    void saveStock(UUID productId, int available, Instant at) {
        jdbc.sql("""
                        INSERT INTO products (product_id, available, stock_at)
                        VALUES (:productId, :available, :at)
                        ON CONFLICT (product_id) DO UPDATE
                        SET available = EXCLUDED.available, stock_at = EXCLUDED.stock_at
                        WHERE products.stock_at IS NULL OR products.stock_at <= EXCLUDED.stock_at""")
                .param("productId", productId)
                .param("available", available)
                .param("at", utc(at))
                .update();
    }

    /** Products with a catalogue entry (product.created or updated seen), by name. */
    List<ProductView> catalogue() {
        return jdbc.sql(VIEW + " ORDER BY name, product_id")
                .query(ProductView.class)
                .list();
    }

    Optional<ProductView> find(UUID productId) {
        return jdbc.sql(VIEW + " AND product_id = :productId")
                .param("productId", productId)
                .query(ProductView.class)
                .optional();
    }

    void clear() {
        jdbc.sql("DELETE FROM products").update();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM products").query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
