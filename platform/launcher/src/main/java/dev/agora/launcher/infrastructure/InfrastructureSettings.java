package dev.agora.launcher.infrastructure;

import dev.agora.launcher.LauncherException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the servers are: the AGORA_* environment variables every service reads (through agora-infrastructure.yml),
 * with the local servers as defaults. The launcher checks the ones services use and hands all of them on.
 */
public record InfrastructureSettings(
        List<HostAndPort> rabbitAddresses,
        String rabbitUser,
        String rabbitPassword,
        String rabbitVhost,
        String rabbitManagementUrl,
        PostgresUrl postgresUrl,
        String postgresUser,
        String postgresPassword,
        String redisHost,
        int redisPort,
        String kafkaBootstrapServers,
        String opensearchUrl,
        String smtpHost,
        int smtpPort,
        String mqttUrl) {

    private static final int AMQP_PORT = 5672;

    public InfrastructureSettings {
        rabbitAddresses = List.copyOf(rabbitAddresses);
    }

    public static InfrastructureSettings fromEnvironment(Map<String, String> env) {
        return new InfrastructureSettings(
                rabbitAddresses(text(env, "AGORA_RABBITMQ_ADDRESSES", "127.0.0.1:5672")),
                text(env, "AGORA_RABBITMQ_USER", "guest"),
                text(env, "AGORA_RABBITMQ_PASSWORD", "guest"),
                text(env, "AGORA_RABBITMQ_VHOST", "/"),
                text(env, "AGORA_RABBITMQ_MANAGEMENT_URL", "http://127.0.0.1:15672"),
                PostgresUrl.parse(
                        text(env, "AGORA_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/agora"),
                        "AGORA_POSTGRES_URL"),
                text(env, "AGORA_POSTGRES_USER", "postgres"),
                env.getOrDefault("AGORA_POSTGRES_PASSWORD", ""), // empty is a valid password (trust, peer)
                text(env, "AGORA_REDIS_HOST", "127.0.0.1"),
                Ports.parse(text(env, "AGORA_REDIS_PORT", "6379"), "AGORA_REDIS_PORT"),
                text(env, "AGORA_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                text(env, "AGORA_OPENSEARCH_URL", "http://127.0.0.1:9200"),
                text(env, "AGORA_SMTP_HOST", "127.0.0.1"),
                Ports.parse(text(env, "AGORA_SMTP_PORT", "2525"), "AGORA_SMTP_PORT"),
                text(env, "AGORA_MQTT_URL", "tcp://127.0.0.1:1883"));
    }

    /** The node the launcher checks: the first of the list, as the client also tries it first. */
    public HostAndPort rabbitAddress() {
        return rabbitAddresses.getFirst();
    }

    /** The server's own database, used to check the login and to create the services' database. */
    public String adminJdbcUrl() {
        return postgresUrl.withDatabase("postgres");
    }

    /** Every AGORA_* variable with its resolved value, as each service process gets them. */
    public Map<String, String> asEnvironment() {
        var variables = new LinkedHashMap<String, String>();
        variables.put(
                "AGORA_RABBITMQ_ADDRESSES",
                rabbitAddresses.stream().map(HostAndPort::toString).collect(Collectors.joining(",")));
        variables.put("AGORA_RABBITMQ_USER", rabbitUser);
        variables.put("AGORA_RABBITMQ_PASSWORD", rabbitPassword);
        variables.put("AGORA_RABBITMQ_VHOST", rabbitVhost);
        variables.put("AGORA_RABBITMQ_MANAGEMENT_URL", rabbitManagementUrl);
        variables.put("AGORA_POSTGRES_URL", postgresUrl.jdbcUrl());
        variables.put("AGORA_POSTGRES_USER", postgresUser);
        variables.put("AGORA_POSTGRES_PASSWORD", postgresPassword);
        variables.put("AGORA_REDIS_HOST", redisHost);
        variables.put("AGORA_REDIS_PORT", Integer.toString(redisPort));
        variables.put("AGORA_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        variables.put("AGORA_OPENSEARCH_URL", opensearchUrl);
        variables.put("AGORA_SMTP_HOST", smtpHost);
        variables.put("AGORA_SMTP_PORT", Integer.toString(smtpPort));
        variables.put("AGORA_MQTT_URL", mqttUrl);
        return variables;
    }

    private static List<HostAndPort> rabbitAddresses(String list) {
        var addresses = Arrays.stream(list.split(","))
                .filter(address -> !address.isBlank())
                .map(address -> HostAndPort.parse(address, AMQP_PORT, "AGORA_RABBITMQ_ADDRESSES"))
                .toList();
        if (addresses.isEmpty()) {
            throw new LauncherException("AGORA_RABBITMQ_ADDRESSES holds no host:port: '" + list + "'");
        }
        return addresses;
    }

    private static String text(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
