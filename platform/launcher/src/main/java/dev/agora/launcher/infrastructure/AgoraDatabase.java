package dev.agora.launcher.infrastructure;

import dev.agora.launcher.LauncherException;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Creates the shared {@code agora} database once; each service manages its own schema inside it. */
public final class AgoraDatabase {

    private static final String DUPLICATE_DATABASE = "42P04";

    private final InfrastructureSettings settings;

    public AgoraDatabase(InfrastructureSettings settings) {
        this.settings = settings;
    }

    /** Returns true when the database had to be created. */
    public boolean ensureExists() {
        try (var connection = DriverManager.getConnection(
                        settings.adminJdbcUrl(), settings.postgresUser(), settings.postgresPassword());
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, InfrastructureSettings.DATABASE);
            try (var rows = exists.executeQuery()) {
                if (rows.next()) {
                    return false;
                }
            }
            try (var create = connection.createStatement()) {
                // CREATE DATABASE cannot take a bind parameter; the name is a constant
                create.execute("CREATE DATABASE " + InfrastructureSettings.DATABASE);
            }
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return false; // another launcher created it meanwhile
            }
            throw new LauncherException(
                    "cannot create database " + InfrastructureSettings.DATABASE + ": " + e.getMessage(), e);
        }
    }
}
