package dev.agora.shop.query.user;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code users} table. */
@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates or replaces the user, unless a newer state of it is already here. */
    void save(UUID userId, @Nullable String name, @Nullable String email, @Nullable String country, Instant changedAt) {
        jdbc.sql("""
                        INSERT INTO users (user_id, name, email, country, changed_at)
                        VALUES (:userId, :name, :email, :country, :changedAt)
                        ON CONFLICT (user_id) DO UPDATE
                        SET name = EXCLUDED.name, email = EXCLUDED.email, country = EXCLUDED.country,
                            changed_at = EXCLUDED.changed_at
                        WHERE users.changed_at <= EXCLUDED.changed_at""")
                .param("userId", userId)
                .param("name", name)
                .param("email", email)
                .param("country", country)
                .param("changedAt", changedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<UserView> find(UUID userId) {
        return jdbc.sql("SELECT user_id, name, email, country FROM users WHERE user_id = :userId")
                .param("userId", userId)
                .query(UserView.class)
                .optional();
    }

    void clear() {
        jdbc.sql("DELETE FROM users").update();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
    }
}
