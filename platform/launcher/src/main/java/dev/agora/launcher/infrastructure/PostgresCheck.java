package dev.agora.launcher.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.stream.Stream;

/** A real JDBC login, so wrong credentials show up here rather than in a service's log. */
public final class PostgresCheck implements InfrastructureCheck {

    private final InfrastructureSettings settings;

    public PostgresCheck(InfrastructureSettings settings) {
        this.settings = settings;
    }

    @Override
    public CheckResult check() {
        DriverManager.setLoginTimeout(3);
        try (var connection = DriverManager.getConnection(
                settings.adminJdbcUrl(), settings.postgresUser(), settings.postgresPassword())) {
            return CheckResult.ok("PostgreSQL", settings.postgresUrl().first() + " as " + settings.postgresUser());
        } catch (SQLException e) {
            return CheckResult.failed(
                    "PostgreSQL",
                    "cannot connect to " + settings.adminJdbcUrl() + " as " + settings.postgresUser() + ": "
                            + e.getMessage(),
                    "pg_ctlcluster --skip-systemctl-redirect " + installedVersion() + " main start");
        }
    }

    /** Debian keeps one folder per installed cluster version under /etc/postgresql. */
    private static String installedVersion() {
        try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("\\d+"))
                    .max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                    .orElse("15");
        } catch (Exception e) {
            return "15";
        }
    }
}
