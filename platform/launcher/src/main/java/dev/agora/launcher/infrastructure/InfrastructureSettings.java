package dev.agora.launcher.infrastructure;

import dev.agora.launcher.LauncherException;
import java.util.Map;

/** Where the servers are, from AGORA_* environment variables with the local defaults. */
public record InfrastructureSettings(
        String rabbitHost,
        int rabbitPort,
        int rabbitManagementPort,
        String rabbitUser,
        String rabbitPassword,
        String postgresHost,
        int postgresPort,
        String postgresUser,
        String postgresPassword,
        String redisHost,
        int redisPort) {

    /** Services keep their own schema in this one database. */
    public static final String DATABASE = "agora";

    public static InfrastructureSettings fromEnvironment(Map<String, String> env) {
        return new InfrastructureSettings(
                text(env, "AGORA_RABBITMQ_HOST", "127.0.0.1"),
                port(env, "AGORA_RABBITMQ_PORT", 5672),
                port(env, "AGORA_RABBITMQ_MANAGEMENT_PORT", 15672),
                text(env, "AGORA_RABBITMQ_USER", "guest"),
                text(env, "AGORA_RABBITMQ_PASSWORD", "guest"),
                text(env, "AGORA_POSTGRES_HOST", "127.0.0.1"),
                port(env, "AGORA_POSTGRES_PORT", 5432),
                text(env, "AGORA_POSTGRES_USER", "postgres"),
                env.getOrDefault("AGORA_POSTGRES_PASSWORD", ""),
                text(env, "AGORA_REDIS_HOST", "127.0.0.1"),
                port(env, "AGORA_REDIS_PORT", 6379));
    }

    /** The server's own database, used to check the connection and to create {@link #DATABASE}. */
    public String adminJdbcUrl() {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/postgres";
    }

    public String agoraJdbcUrl() {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/" + DATABASE;
    }

    public String rabbitManagementUrl() {
        return "http://" + rabbitHost + ":" + rabbitManagementPort;
    }

    private static String text(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = text(env, name, Integer.toString(fallback));
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LauncherException(name + " must be a port number (1-65535), not '" + value + "'");
        }
    }
}
