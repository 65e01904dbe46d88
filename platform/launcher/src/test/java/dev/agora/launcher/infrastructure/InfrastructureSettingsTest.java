package dev.agora.launcher.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.launcher.LauncherException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InfrastructureSettingsTest {

    @Test
    void localServersByDefault() {
        var settings = InfrastructureSettings.fromEnvironment(Map.of());

        assertThat(settings.rabbitHost()).isEqualTo("127.0.0.1");
        assertThat(settings.rabbitPort()).isEqualTo(5672);
        assertThat(settings.rabbitManagementUrl()).isEqualTo("http://127.0.0.1:15672");
        assertThat(settings.rabbitUser()).isEqualTo("guest");
        assertThat(settings.rabbitPassword()).isEqualTo("guest");
        assertThat(settings.adminJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(settings.agoraJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/agora");
        assertThat(settings.postgresUser()).isEqualTo("postgres");
        assertThat(settings.postgresPassword()).isEmpty();
        assertThat(settings.redisHost()).isEqualTo("127.0.0.1");
        assertThat(settings.redisPort()).isEqualTo(6379);
    }

    @Test
    void environmentOverridesEachAddress() {
        var settings = InfrastructureSettings.fromEnvironment(Map.of(
                "AGORA_RABBITMQ_HOST", "rabbit.local",
                "AGORA_RABBITMQ_MANAGEMENT_PORT", "25672",
                "AGORA_POSTGRES_HOST", "db.local",
                "AGORA_POSTGRES_PORT", "6543",
                "AGORA_REDIS_PORT", " 7000 "));

        assertThat(settings.rabbitManagementUrl()).isEqualTo("http://rabbit.local:25672");
        assertThat(settings.agoraJdbcUrl()).isEqualTo("jdbc:postgresql://db.local:6543/agora");
        assertThat(settings.redisPort()).isEqualTo(7000);
    }

    @Test
    void portThatIsNotANumberNamesTheVariable() {
        assertThatThrownBy(() -> InfrastructureSettings.fromEnvironment(Map.of("AGORA_REDIS_PORT", "redis")))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("AGORA_REDIS_PORT")
                .hasMessageContaining("'redis'");
    }
}
