package dev.agora.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.infrastructure.InfrastructureSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    private final ServiceCatalog catalog = ServiceCatalog.standard();

    @Test
    void localDefaultsBecomeSpringVariables() {
        var environment = environment(Map.of());

        Map<String, String> variables =
                environment.variablesFor(catalog.find("logger").orElseThrow());

        assertThat(variables)
                .containsEntry("SERVER_PORT", "8090")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/agora")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "postgres")
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "")
                .containsEntry("SPRING_RABBITMQ_HOST", "127.0.0.1")
                .containsEntry("SPRING_RABBITMQ_PORT", "5672")
                .containsEntry("SPRING_RABBITMQ_USERNAME", "guest")
                .containsEntry("SPRING_RABBITMQ_PASSWORD", "guest")
                .containsEntry("SPRING_DATA_REDIS_HOST", "127.0.0.1")
                .containsEntry("SPRING_DATA_REDIS_PORT", "6379");
    }

    @Test
    void agoraVariablesFlowIntoTheServiceEnvironment() {
        var environment = environment(Map.of(
                "AGORA_POSTGRES_HOST", "db.internal",
                "AGORA_POSTGRES_PORT", "6543",
                "AGORA_POSTGRES_USER", "agora",
                "AGORA_RABBITMQ_HOST", "mq.internal",
                "AGORA_RABBITMQ_USER", "app",
                "AGORA_RABBITMQ_PASSWORD", "secret",
                "AGORA_REDIS_HOST", "cache.internal"));

        Map<String, String> variables =
                environment.variablesFor(catalog.find("logger").orElseThrow());

        assertThat(variables)
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://db.internal:6543/agora")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "agora")
                .containsEntry("SPRING_RABBITMQ_HOST", "mq.internal")
                .containsEntry("SPRING_RABBITMQ_USERNAME", "app")
                .containsEntry("SPRING_RABBITMQ_PASSWORD", "secret")
                .containsEntry("SPRING_DATA_REDIS_HOST", "cache.internal");
    }

    @Test
    void extraJvmArgumentsComeAfterTheDefaults() {
        assertThat(environment(Map.of()).jvmArguments()).isEqualTo(ServiceEnvironment.DEFAULT_JVM_ARGS);
        assertThat(environment(Map.of("AGORA_JVM_ARGS", "  -Xmx1g   -Dfoo=bar "))
                        .jvmArguments())
                .endsWith("-Xmx1g", "-Dfoo=bar")
                .hasSize(ServiceEnvironment.DEFAULT_JVM_ARGS.size() + 2);
    }

    private static ServiceEnvironment environment(Map<String, String> env) {
        return new ServiceEnvironment(InfrastructureSettings.fromEnvironment(env), env);
    }
}
