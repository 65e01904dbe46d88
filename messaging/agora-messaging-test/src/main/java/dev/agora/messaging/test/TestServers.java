package dev.agora.messaging.test;

/** Where the shared test servers are: 127.0.0.1 unless the AGORA_* environment says otherwise. */
public final class TestServers {

    private TestServers() {}

    public static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static String rabbitHost() {
        return env("AGORA_RABBITMQ_HOST", "127.0.0.1");
    }

    public static int rabbitPort() {
        return Integer.parseInt(env("AGORA_RABBITMQ_PORT", "5672"));
    }

    public static String rabbitUser() {
        return env("AGORA_RABBITMQ_USER", "guest");
    }

    public static String rabbitPassword() {
        return env("AGORA_RABBITMQ_PASSWORD", "guest");
    }

    public static String postgresUrl() {
        return "jdbc:postgresql://" + env("AGORA_POSTGRES_HOST", "127.0.0.1") + ":" + env("AGORA_POSTGRES_PORT", "5432")
                + "/" + env("AGORA_POSTGRES_TEST_DATABASE", "test");
    }

    public static String postgresUser() {
        return env("AGORA_POSTGRES_USER", "postgres");
    }
}
