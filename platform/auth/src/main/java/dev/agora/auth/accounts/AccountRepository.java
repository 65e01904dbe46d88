package dev.agora.auth.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code account} table. Usernames arrive normalised; a username another account holds fails the statement
 * with a duplicate key, which callers turn into their answer.
 */
@Repository
class AccountRepository {

    private static final String COLUMNS = "username, password_hash, roles, user_id, enabled";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredAccount> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM account WHERE username = :username")
                .param("username", username)
                .query(AccountRepository::account)
                .optional();
    }

    /**
     * The account of this shop user, made or replaced in one statement, so concurrent calls for one user make one
     * account. True when it was made.
     */
    boolean upsertByUserId(UUID userId, String username, String passwordHash, Set<Role> roles) {
        return jdbc.sql("INSERT INTO account (username, password_hash, roles, user_id)"
                        + " VALUES (:username, :passwordHash, :roles, :userId)"
                        + " ON CONFLICT (user_id) DO UPDATE SET username = excluded.username,"
                        + " password_hash = excluded.password_hash, roles = excluded.roles, updated_at = now()"
                        + " RETURNING (xmax = 0) AS made")
                .param("userId", userId)
                .param("username", username)
                .param("passwordHash", passwordHash)
                .param("roles", joined(roles))
                .query(Boolean.class)
                .single();
    }

    /** The operator of this name, made or given this password; enabled and an operator either way. */
    void upsertOperator(String username, String passwordHash) {
        jdbc.sql("INSERT INTO account (username, password_hash, roles) VALUES (:username, :passwordHash, :roles)"
                        + " ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash,"
                        + " roles = excluded.roles, enabled = true, updated_at = now()")
                .param("username", username)
                .param("passwordHash", passwordHash)
                .param("roles", joined(Set.of(Role.OPERATOR)))
                .update();
    }

    private static String joined(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static StoredAccount account(ResultSet row, int number) throws SQLException {
        Set<Role> roles = Arrays.stream(row.getString("roles").split(","))
                .map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        @Nullable UUID userId = row.getObject("user_id", UUID.class);
        return new StoredAccount(
                new Account(row.getString("username"), roles, userId, row.getBoolean("enabled")),
                row.getString("password_hash"));
    }
}
