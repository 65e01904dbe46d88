package dev.agora.shop.testing;

import dev.agora.messaging.test.TestServers;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** A PostgreSQL database of its own on the shared server, dropped (connections and all) on close. */
final class IsolatedDatabase implements AutoCloseable {

    private final String name = "agora_shop_" + UUID.randomUUID().toString().substring(0, 8);
    private final String serverUrl;

    IsolatedDatabase() {
        var testUrl = TestServers.postgresUrl();
        this.serverUrl = testUrl.substring(0, testUrl.lastIndexOf('/') + 1);
        execute("CREATE DATABASE " + name);
    }

    String jdbcUrl() {
        return serverUrl + name;
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (var connection = DriverManager.getConnection(serverUrl + "postgres", TestServers.postgresUser(), "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }
}
