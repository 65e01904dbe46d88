package dev.agora.shop.pricing.price;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code price} table. */
@Repository
class PriceRepository {

    private final JdbcClient jdbc;

    PriceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true if the price is new or differs from the stored one; false if it was already so */
    boolean save(UUID productId, BigDecimal unitPrice, String currency) {
        return jdbc.sql("""
                        INSERT INTO price (product_id, unit_price, currency) VALUES (:productId, :unitPrice, :currency)
                        ON CONFLICT (product_id) DO UPDATE
                            SET unit_price = excluded.unit_price, currency = excluded.currency, updated_at = now()
                            WHERE price.unit_price <> excluded.unit_price OR price.currency <> excluded.currency""")
                        .param("productId", productId)
                        .param("unitPrice", unitPrice)
                        .param("currency", currency)
                        .update()
                == 1;
    }

    Optional<ProductPrice> find(UUID productId) {
        return jdbc.sql("SELECT * FROM price WHERE product_id = :productId")
                .param("productId", productId)
                .query((row, number) -> price(row))
                .optional();
    }

    List<ProductPrice> all() {
        return jdbc.sql("SELECT * FROM price ORDER BY product_id")
                .query((row, number) -> price(row))
                .list();
    }

    Map<UUID, BigDecimal> unitPrices(Collection<UUID> productIds, String currency) {
        var prices = new HashMap<UUID, BigDecimal>();
        jdbc.sql("SELECT product_id, unit_price FROM price WHERE product_id IN (:productIds) AND currency = :currency")
                .param("productIds", productIds)
                .param("currency", currency)
                .query(row -> {
                    prices.put(row.getObject("product_id", UUID.class), row.getBigDecimal("unit_price"));
                });
        return prices;
    }

    private static ProductPrice price(ResultSet row) throws SQLException {
        return new ProductPrice(
                row.getObject("product_id", UUID.class),
                row.getBigDecimal("unit_price"),
                row.getString("currency"),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
