package dev.agora.shop.pricing.copies;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code product_copy}, {@code user_copy} and {@code order_copy} tables. A "created" event only fills a
 * missing row: should it arrive after an "updated" one, the newer state stays.
 */
@Repository
class CopyRepository {

    private final JdbcClient jdbc;

    CopyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addCategory(UUID productId, String category) {
        jdbc.sql("INSERT INTO product_copy (product_id, category) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(productId, category)
                .update();
    }

    void replaceCategory(UUID productId, String category) {
        jdbc.sql("""
                        INSERT INTO product_copy (product_id, category) VALUES (?, ?)
                        ON CONFLICT (product_id) DO UPDATE SET category = excluded.category""").params(productId, category).update();
    }

    void addCountry(UUID userId, String country) {
        jdbc.sql("INSERT INTO user_copy (user_id, country) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(userId, country)
                .update();
    }

    void replaceCountry(UUID userId, String country) {
        jdbc.sql("""
                        INSERT INTO user_copy (user_id, country) VALUES (?, ?)
                        ON CONFLICT (user_id) DO UPDATE SET country = excluded.country""").params(userId, country).update();
    }

    void addBuyer(UUID orderId, UUID userId) {
        jdbc.sql("INSERT INTO order_copy (order_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(orderId, userId)
                .update();
    }

    Map<UUID, String> categories(Collection<UUID> productIds) {
        var categories = new HashMap<UUID, String>();
        jdbc.sql("SELECT product_id, category FROM product_copy WHERE product_id IN (:productIds)")
                .param("productIds", productIds)
                .query(row -> {
                    categories.put(row.getObject("product_id", UUID.class), row.getString("category"));
                });
        return categories;
    }

    boolean hasProduct(UUID productId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM product_copy WHERE product_id = ?)")
                .param(productId)
                .query(Boolean.class)
                .single();
    }

    Optional<String> country(UUID userId) {
        return jdbc.sql("SELECT country FROM user_copy WHERE user_id = ?")
                .param(userId)
                .query(String.class)
                .optional();
    }

    Optional<UUID> buyer(UUID orderId) {
        return jdbc.sql("SELECT user_id FROM order_copy WHERE order_id = ?")
                .param(orderId)
                .query(UUID.class)
                .optional();
    }
}
