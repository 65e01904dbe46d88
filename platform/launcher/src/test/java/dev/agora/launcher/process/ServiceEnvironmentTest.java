package dev.agora.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.identity.Identities;
import dev.agora.launcher.infrastructure.InfrastructureSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceEnvironmentTest {

    private final ServiceCatalog catalog = ServiceCatalog.standard();

    @TempDir
    Path data;

    @Test
    void everyServiceGetsItsPortAndEveryAgoraVariableButNoSpringOnes() {
        Map<String, String> variables = environment(Map.of()).variablesFor(service("logger"));

        assertThat(variables)
                .containsEntry("SERVER_PORT", "8090")
                .containsEntry("AGORA_RABBITMQ_ADDRESSES", "127.0.0.1:5672")
                .containsEntry("AGORA_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/agora")
                .containsEntry("AGORA_POSTGRES_PASSWORD", "")
                .containsEntry("AGORA_REDIS_PORT", "6379")
                .containsEntry("AGORA_MQTT_URL", "tcp://127.0.0.1:1883")
                .containsAllEntriesOf(
                        InfrastructureSettings.fromEnvironment(Map.of()).asEnvironment());
        assertThat(variables.keySet()).noneMatch(name -> name.startsWith("SPRING_"));
        assertThat(variables).doesNotContainKeys("AGORA_ADMIN_USER", "AGORA_ADMIN_PASSWORD");
    }

    @Test
    void userSettingsFlowIntoTheServiceEnvironment() {
        var environment = environment(Map.of(
                "AGORA_POSTGRES_URL", "jdbc:postgresql://db.internal:6543/agora",
                "AGORA_RABBITMQ_ADDRESSES", "mq1:5672,mq2:5672",
                "AGORA_RABBITMQ_PASSWORD", "secret"));

        assertThat(environment.variablesFor(service("product")))
                .containsEntry("AGORA_POSTGRES_URL", "jdbc:postgresql://db.internal:6543/agora")
                .containsEntry("AGORA_RABBITMQ_ADDRESSES", "mq1:5672,mq2:5672")
                .containsEntry("AGORA_RABBITMQ_PASSWORD", "secret");
    }

    @Test
    void orderExpiresUnpaidOrdersInSecondsUnlessTheUserSetsATimeout() {
        assertThat(environment(Map.of()).variablesFor(service("order")))
                .containsEntry("AGORA_SHOP_ORDER_PAYMENT_TIMEOUT", "PT20S");
        assertThat(environment(Map.of("AGORA_SHOP_ORDER_PAYMENT_TIMEOUT", "PT5M"))
                        .variablesFor(service("order")))
                .containsEntry("AGORA_SHOP_ORDER_PAYMENT_TIMEOUT", "PT5M");
        assertThat(environment(Map.of()).variablesFor(service("payment")))
                .doesNotContainKey("AGORA_SHOP_ORDER_PAYMENT_TIMEOUT");
    }

    @Test
    void onlyTheAuthorizationServerGetsTheAdminCredentialEvenWhenTheUserExportedIt() {
        var userEnv = Map.of("AGORA_ADMIN_USER", "ops", "AGORA_ADMIN_PASSWORD", "s3cret-password");
        var environment = environment(userEnv);
        var authProcess = new HashMap<>(userEnv);
        var portalProcess = new HashMap<>(userEnv);
        var loggerProcess = new HashMap<>(userEnv);

        environment.applyTo(authProcess, service("auth"));
        environment.applyTo(portalProcess, service("portal"));
        environment.applyTo(loggerProcess, service("logger"));

        assertThat(authProcess)
                .containsEntry("AGORA_ADMIN_USER", "ops")
                .containsEntry("AGORA_ADMIN_PASSWORD", "s3cret-password");
        assertThat(portalProcess).doesNotContainKeys("AGORA_ADMIN_USER", "AGORA_ADMIN_PASSWORD");
        assertThat(loggerProcess).doesNotContainKeys("AGORA_ADMIN_USER", "AGORA_ADMIN_PASSWORD");
    }

    @Test
    void secretsTheUserExportedReachNoService() {
        var userEnv = Map.of(
                "AGORA_CLIENT_SECRET", "exported",
                "AGORA_AUTH_CLIENTS_ORDER_SECRET", "exported",
                "AGORA_AUTH_CLIENTS_AGORA_CLI_SECRET", "exported");
        var environment = environment(userEnv);
        var loggerProcess = new HashMap<>(userEnv);
        var authProcess = new HashMap<>(userEnv);

        environment.applyTo(loggerProcess, service("logger"));
        environment.applyTo(authProcess, service("auth"));

        assertThat(loggerProcess).doesNotContainKeys(userEnv.keySet().toArray(String[]::new));
        assertThat(authProcess).doesNotContainValue("exported");
    }

    @Test
    void extraJvmArgumentsComeAfterTheDefaults() {
        assertThat(environment(Map.of()).jvmArguments()).isEqualTo(ServiceEnvironment.DEFAULT_JVM_ARGS);
        assertThat(environment(Map.of("AGORA_JVM_ARGS", "  -Xmx1g   -Dfoo=bar "))
                        .jvmArguments())
                .endsWith("-Xmx1g", "-Dfoo=bar")
                .hasSize(ServiceEnvironment.DEFAULT_JVM_ARGS.size() + 2);
    }

    private AgoraService service(String name) {
        return catalog.find(name).orElseThrow();
    }

    private ServiceEnvironment environment(Map<String, String> env) {
        return new ServiceEnvironment(
                InfrastructureSettings.fromEnvironment(env), Identities.under(data, catalog, env), env);
    }
}
