package dev.agora.shop.user.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code users} table. Times come from the database clock, so what is returned is what is stored. */
@Repository
class UserRepository {

    private static final String COLUMNS = "user_id, name, email, country, created_at, updated_at";
    private static final String INSERT = "INSERT INTO users (user_id, name, email, country, created_at, updated_at)"
            + " VALUES (:userId, :name, :email, :country, now(), now()) RETURNING " + COLUMNS;
    private static final String UPDATE =
            "UPDATE users SET name = :name, email = :email, country = :country, updated_at = now()"
                    + " WHERE user_id = :userId RETURNING " + COLUMNS;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises, until the end of the transaction, every registration and update that claims this email in
     * any case, so that checking who holds it and then writing it cannot race.
     */
    void lockEmail(String email) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(lower(:email)))")
                .param("email", email)
                .query()
                .singleRow();
    }

    Optional<UUID> holderOfEmail(String email) {
        return jdbc.sql("SELECT user_id FROM users WHERE lower(email) = lower(:email)")
                .param("email", email)
                .query(UUID.class)
                .optional();
    }

    User insert(UUID userId, UserDetails details) {
        return written(INSERT, userId, details);
    }

    User update(UUID userId, UserDetails details) {
        return written(UPDATE, userId, details);
    }

    Optional<User> find(UUID userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE user_id = :userId")
                .param("userId", userId)
                .query(UserRepository::user)
                .optional();
    }

    /** Locks the row until the end of the transaction: concurrent updates of one user apply one after another. */
    Optional<User> findForUpdate(UUID userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE user_id = :userId FOR UPDATE")
                .param("userId", userId)
                .query(UserRepository::user)
                .optional();
    }

    /** Oldest first, the id breaking ties, so pages neither skip nor repeat users. */
    List<User> page(int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users ORDER BY created_at, user_id LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(UserRepository::user)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
    }

    private static User user(ResultSet row, int number) throws SQLException {
        return new User(
                row.getObject("user_id", UUID.class),
                row.getString("name"),
                row.getString("email"),
                row.getString("country"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** Runs a statement that writes the row from the details and returns it as stored. */
    private User written(String sql, UUID userId, UserDetails details) {
        return jdbc.sql(sql)
                .param("userId", userId)
                .param("name", details.name())
                .param("email", details.email())
                .param("country", details.country())
                .query(UserRepository::user)
                .single();
    }
}
