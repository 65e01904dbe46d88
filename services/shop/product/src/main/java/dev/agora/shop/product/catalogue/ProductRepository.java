package dev.agora.shop.product.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code products} table. Times come from the database clock, so what is returned is what is stored. */
@Repository
class ProductRepository {

    private static final String COLUMNS = "product_id, name, description, category, created_at, updated_at";
    private static final String INSERT =
            "INSERT INTO products (product_id, name, description, category, created_at, updated_at)"
                    + " VALUES (:productId, :name, :description, :category, now(), now()) RETURNING " + COLUMNS;
    private static final String UPDATE =
            "UPDATE products SET name = :name, description = :description, category = :category,"
                    + " updated_at = now() WHERE product_id = :productId RETURNING " + COLUMNS;

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Product insert(UUID productId, ProductDetails details) {
        return written(INSERT, productId, details);
    }

    Product update(UUID productId, ProductDetails details) {
        return written(UPDATE, productId, details);
    }

    Optional<Product> find(UUID productId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM products WHERE product_id = :productId")
                .param("productId", productId)
                .query(ProductRepository::product)
                .optional();
    }

    /** Locks the row until the end of the transaction: concurrent updates of one product apply one after another. */
    Optional<Product> findForUpdate(UUID productId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM products WHERE product_id = :productId FOR UPDATE")
                .param("productId", productId)
                .query(ProductRepository::product)
                .optional();
    }

    /** Oldest first, the id breaking ties, so pages neither skip nor repeat products; all categories if null. */
    List<Product> page(@Nullable String category, int limit, int offset) {
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM products" + where(category)
                        + " ORDER BY created_at, product_id LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset);
        if (category != null) {
            statement = statement.param("category", category);
        }
        return statement.query(ProductRepository::product).list();
    }

    long count(@Nullable String category) {
        var statement = jdbc.sql("SELECT count(*) FROM products" + where(category));
        if (category != null) {
            statement = statement.param("category", category);
        }
        return statement.query(Long.class).single();
    }

    private static String where(@Nullable String category) {
        return category == null ? "" : " WHERE category = :category";
    }

    private static Product product(ResultSet row, int number) throws SQLException {
        return new Product(
                row.getObject("product_id", UUID.class),
                row.getString("name"),
                row.getString("description"),
                row.getString("category"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** Runs a statement that writes the row from the details and returns it as stored. */
    private Product written(String sql, UUID productId, ProductDetails details) {
        return jdbc.sql(sql)
                .param("productId", productId)
                .param("name", details.name())
                .param("description", details.description())
                .param("category", details.category())
                .query(ProductRepository::product)
                .single();
    }
}
