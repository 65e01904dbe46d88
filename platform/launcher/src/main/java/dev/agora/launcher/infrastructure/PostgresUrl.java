package dev.agora.launcher.infrastructure;

import dev.agora.launcher.LauncherException;
import java.util.regex.Pattern;

/**
 * A PostgreSQL JDBC URL, {@code jdbc:postgresql://host[:port][,host[:port]...]/database[?parameters]}, taken apart so
 * the launcher can check the first server and create the database it names.
 */
public record PostgresUrl(String jdbcUrl, String hosts, HostAndPort first, String database, String parameters) {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/?]+)/([^/?]+)(\\?.*)?");
    private static final int DEFAULT_PORT = 5432;

    static PostgresUrl parse(String jdbcUrl, String variable) {
        var match = URL.matcher(jdbcUrl);
        if (!match.matches()) {
            throw new LauncherException(
                    variable + " must look like jdbc:postgresql://host:port/database, not '" + jdbcUrl + "'");
        }
        String hosts = match.group(1);
        var first = HostAndPort.parse(hosts.split(",")[0], DEFAULT_PORT, variable);
        String parameters = match.group(3) == null ? "" : match.group(3);
        return new PostgresUrl(jdbcUrl, hosts, first, match.group(2), parameters);
    }

    /** The same servers and parameters with another database, e.g. {@code postgres} to create this one from. */
    public String withDatabase(String otherDatabase) {
        return "jdbc:postgresql://" + hosts + "/" + otherDatabase + parameters;
    }
}
