package dev.agora.launcher.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InfrastructureChecksTest {

    @Test
    void onlyTheServersTheServicesNeedAreChecked() throws IOException {
        assertThat(report(Set.of())).contains("RabbitMQ").doesNotContain("PostgreSQL", "Redis");
        assertThat(report(Set.of("database")))
                .contains("RabbitMQ", "PostgreSQL")
                .doesNotContain("Redis");
        assertThat(report(Set.of("database", "redis"))).contains("RabbitMQ", "PostgreSQL", "Redis");
    }

    /** Every server on a port nobody listens on, so the checks fail at once and name what they checked. */
    private static String report(Set<String> needs) throws IOException {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        var settings = InfrastructureSettings.fromEnvironment(Map.of(
                "AGORA_RABBITMQ_ADDRESSES", "127.0.0.1:" + closed,
                "AGORA_RABBITMQ_MANAGEMENT_URL", "http://127.0.0.1:" + closed,
                "AGORA_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:" + closed + "/agora",
                "AGORA_REDIS_PORT", Integer.toString(closed)));
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var out = new StringWriter();

        boolean reachable = InfrastructureChecks.forNeeds(settings, http, needs).allReachable(new PrintWriter(out));

        assertThat(reachable).isFalse();
        return out.toString();
    }
}
