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

        assertThat(settings.rabbitAddress()).isEqualTo(new HostAndPort("127.0.0.1", 5672));
        assertThat(settings.rabbitManagementUrl()).isEqualTo("http://127.0.0.1:15672");
        assertThat(settings.adminJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(settings.postgresUrl().database()).isEqualTo("agora");
        assertThat(settings.asEnvironment())
                .containsExactly(
                        Map.entry("AGORA_RABBITMQ_ADDRESSES", "127.0.0.1:5672"),
                        Map.entry("AGORA_RABBITMQ_USER", "guest"),
                        Map.entry("AGORA_RABBITMQ_PASSWORD", "guest"),
                        Map.entry("AGORA_RABBITMQ_VHOST", "/"),
                        Map.entry("AGORA_RABBITMQ_MANAGEMENT_URL", "http://127.0.0.1:15672"),
                        Map.entry("AGORA_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/agora"),
                        Map.entry("AGORA_POSTGRES_USER", "postgres"),
                        Map.entry("AGORA_POSTGRES_PASSWORD", ""),
                        Map.entry("AGORA_REDIS_HOST", "127.0.0.1"),
                        Map.entry("AGORA_REDIS_PORT", "6379"),
                        Map.entry("AGORA_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                        Map.entry("AGORA_OPENSEARCH_URL", "http://127.0.0.1:9200"),
                        Map.entry("AGORA_SMTP_HOST", "127.0.0.1"),
                        Map.entry("AGORA_SMTP_PORT", "2525"),
                        Map.entry("AGORA_MQTT_URL", "tcp://127.0.0.1:1883"));
    }

    @Test
    void clusterIsCheckedOnItsFirstNodeAndHandedOnWhole() {
        var settings = InfrastructureSettings.fromEnvironment(
                Map.of("AGORA_RABBITMQ_ADDRESSES", " mq1.local:5673, mq2.local ,[::1]:5674"));

        assertThat(settings.rabbitAddress()).isEqualTo(new HostAndPort("mq1.local", 5673));
        assertThat(settings.asEnvironment())
                .containsEntry("AGORA_RABBITMQ_ADDRESSES", "mq1.local:5673,mq2.local:5672,[::1]:5674");
    }

    @Test
    void databaseAndServerComeFromTheJdbcUrl() {
        var settings = InfrastructureSettings.fromEnvironment(
                Map.of("AGORA_POSTGRES_URL", "jdbc:postgresql://db1.local:6543,db2.local/shop?sslmode=require"));

        assertThat(settings.postgresUrl().first()).isEqualTo(new HostAndPort("db1.local", 6543));
        assertThat(settings.postgresUrl().database()).isEqualTo("shop");
        assertThat(settings.adminJdbcUrl())
                .isEqualTo("jdbc:postgresql://db1.local:6543,db2.local/postgres?sslmode=require");
        assertThat(settings.asEnvironment())
                .containsEntry("AGORA_POSTGRES_URL", "jdbc:postgresql://db1.local:6543,db2.local/shop?sslmode=require");
    }

    @Test
    void environmentOverridesEachSetting() {
        var settings = InfrastructureSettings.fromEnvironment(Map.of(
                "AGORA_RABBITMQ_VHOST", "shop",
                "AGORA_RABBITMQ_MANAGEMENT_URL", "https://mq.local:15671",
                "AGORA_REDIS_PORT", " 7000 ",
                "AGORA_SMTP_PORT", "25",
                "AGORA_KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092"));

        assertThat(settings.rabbitManagementUrl()).isEqualTo("https://mq.local:15671");
        assertThat(settings.asEnvironment())
                .containsEntry("AGORA_RABBITMQ_VHOST", "shop")
                .containsEntry("AGORA_REDIS_PORT", "7000")
                .containsEntry("AGORA_SMTP_PORT", "25")
                .containsEntry("AGORA_KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092");
    }

    @Test
    void portThatIsNotANumberNamesTheVariable() {
        assertThatThrownBy(() -> InfrastructureSettings.fromEnvironment(Map.of("AGORA_REDIS_PORT", "redis")))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("AGORA_REDIS_PORT")
                .hasMessageContaining("'redis'");
        assertThatThrownBy(() ->
                        InfrastructureSettings.fromEnvironment(Map.of("AGORA_RABBITMQ_ADDRESSES", "mq.local:amqp")))
                .hasMessageContaining("AGORA_RABBITMQ_ADDRESSES")
                .hasMessageContaining("'amqp'");
    }

    @Test
    void urlThatIsNoPostgresJdbcUrlNamesTheVariable() {
        assertThatThrownBy(() -> InfrastructureSettings.fromEnvironment(
                        Map.of("AGORA_POSTGRES_URL", "postgres://127.0.0.1/agora")))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("AGORA_POSTGRES_URL must look like jdbc:postgresql://host:port/database");
    }
}
