package dev.agora.launcher.infrastructure;

import dev.agora.launcher.LauncherException;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Creates the database AGORA_POSTGRES_URL names (agora) once; each service manages its own schema inside it. */
public final class AgoraDatabase {

    private static final String DUPLICATE_DATABASE = "42P04";

    private final InfrastructureSettings settings;

    public AgoraDatabase(InfrastructureSettings settings) {
        this.settings = settings;
    }

    /** Returns true when the database had to be created. */
    public boolean ensureExists() {
        String database = name();
        try (var connection = DriverManager.getConnection(
                        settings.adminJdbcUrl(), settings.postgresUser(), settings.postgresPassword());
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (rows.next()) {
                    return false;
                }
            }
            try (var create = connection.createStatement()) {
                // CREATE DATABASE cannot take a bind parameter: quoted, so the name stays exactly as the URL has it
                create.execute("CREATE DATABASE \"" + database.replace("\"", "\"\"") + "\"");
            }
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return false; // another launcher created it meanwhile
            }
            throw new LauncherException("cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    public String name() {
        return settings.postgresUrl().database();
    }
}
