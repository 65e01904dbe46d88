package dev.agora.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * {@code agora-infrastructure.yml}: the AGORA_* environment variables come to the Spring properties, the local
 * servers without them, and Spring's own variables, test properties and the service's own settings are not
 * disturbed. Each test starts a Spring application the way a service starts, its configuration importing the file
 * ({@code infrastructure-test-service.yml} plays the service's {@code application.yml}), with an environment of the
 * test's own in place of the real one.
 */
class AgoraInfrastructureTest {

    private static final Map<String, String> LOCAL_SERVERS = Map.ofEntries(
            Map.entry("spring.rabbitmq.addresses", "127.0.0.1:5672"),
            Map.entry("spring.rabbitmq.username", "guest"),
            Map.entry("spring.rabbitmq.password", "guest"),
            Map.entry("spring.rabbitmq.virtual-host", "/"),
            Map.entry("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/agora"),
            Map.entry("spring.datasource.username", "postgres"),
            Map.entry("spring.datasource.password", ""),
            Map.entry("spring.data.redis.host", "127.0.0.1"),
            Map.entry("spring.data.redis.port", "6379"),
            Map.entry("spring.kafka.bootstrap-servers", "127.0.0.1:9092"),
            Map.entry("spring.mail.host", "127.0.0.1"),
            Map.entry("spring.mail.port", "2525"),
            Map.entry("agora.infrastructure.rabbitmq-management-url", "http://127.0.0.1:15672"),
            Map.entry("agora.infrastructure.opensearch-url", "http://127.0.0.1:9200"),
            Map.entry("agora.infrastructure.mqtt-url", "tcp://127.0.0.1:1883"));

    private static final Map<String, Object> CLUSTER = Map.ofEntries(
            Map.entry("AGORA_RABBITMQ_ADDRESSES", "rabbit-1:5672,rabbit-2:5672,rabbit-3:5672"),
            Map.entry("AGORA_RABBITMQ_USER", "agora"),
            Map.entry("AGORA_RABBITMQ_PASSWORD", "rabbit-secret"),
            Map.entry("AGORA_RABBITMQ_VHOST", "production"),
            Map.entry("AGORA_RABBITMQ_MANAGEMENT_URL", "https://rabbit.internal:15671"),
            Map.entry("AGORA_POSTGRES_URL", "jdbc:postgresql://pg-1:5432,pg-2:5432/agora?targetServerType=primary"),
            Map.entry("AGORA_POSTGRES_USER", "agora"),
            Map.entry("AGORA_POSTGRES_PASSWORD", "pg-secret"),
            Map.entry("AGORA_REDIS_HOST", "redis.internal"),
            Map.entry("AGORA_REDIS_PORT", "6380"),
            Map.entry("AGORA_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092"),
            Map.entry("AGORA_OPENSEARCH_URL", "https://search.internal:9200"),
            Map.entry("AGORA_SMTP_HOST", "smtp.internal"),
            Map.entry("AGORA_SMTP_PORT", "587"),
            Map.entry("AGORA_MQTT_URL", "ssl://mqtt.internal:8883"));

    @Test
    void withoutAgoraVariablesEveryServerIsLocal() {
        var environment = start(Map.of(), Map.of());

        assertThat(properties(environment, LOCAL_SERVERS.keySet())).isEqualTo(LOCAL_SERVERS);
        var rabbit = rabbit(environment);
        assertThat(rabbit.determineAddresses()).containsExactly("127.0.0.1:5672");
        assertThat(rabbit.determineUsername()).isEqualTo("guest");
        assertThat(rabbit.determineVirtualHost()).isEqualTo("/");
    }

    @Test
    void agoraVariablesChooseEveryServer() {
        var environment = start(CLUSTER, Map.of());

        assertThat(properties(environment, LOCAL_SERVERS.keySet()))
                .containsEntry("spring.rabbitmq.addresses", "rabbit-1:5672,rabbit-2:5672,rabbit-3:5672")
                .containsEntry("spring.rabbitmq.username", "agora")
                .containsEntry("spring.rabbitmq.password", "rabbit-secret")
                .containsEntry("spring.rabbitmq.virtual-host", "production")
                .containsEntry(
                        "spring.datasource.url", "jdbc:postgresql://pg-1:5432,pg-2:5432/agora?targetServerType=primary")
                .containsEntry("spring.datasource.username", "agora")
                .containsEntry("spring.datasource.password", "pg-secret")
                .containsEntry("spring.data.redis.host", "redis.internal")
                .containsEntry("spring.data.redis.port", "6380")
                .containsEntry("spring.kafka.bootstrap-servers", "kafka-1:9092,kafka-2:9092")
                .containsEntry("spring.mail.host", "smtp.internal")
                .containsEntry("spring.mail.port", "587")
                .containsEntry("agora.infrastructure.rabbitmq-management-url", "https://rabbit.internal:15671")
                .containsEntry("agora.infrastructure.opensearch-url", "https://search.internal:9200")
                .containsEntry("agora.infrastructure.mqtt-url", "ssl://mqtt.internal:8883");
        var rabbit = rabbit(environment);
        assertThat(rabbit.determineAddresses()).containsExactly("rabbit-1:5672", "rabbit-2:5672", "rabbit-3:5672");
        assertThat(rabbit.determineVirtualHost()).isEqualTo("production");
    }

    @Test
    void theServiceKeepsItsOwnSettings() {
        assertThat(start(Map.of(), Map.of()).getProperty("spring.datasource.hikari.schema"))
                .isEqualTo("shop_test");
        assertThat(start(CLUSTER, Map.of()).getProperty("spring.datasource.hikari.schema"))
                .isEqualTo("shop_test");
    }

    /** As the shop's end-to-end tests start the jars, whatever AGORA_* variables they inherit. */
    @Test
    void springVariablesWinOverAgoraVariables() {
        var env = new LinkedHashMap<>(CLUSTER);
        env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/agora_shop_1234");
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_RABBITMQ_ADDRESSES", "127.0.0.1:5672");
        env.put("SPRING_RABBITMQ_USERNAME", "guest");
        env.put("SPRING_RABBITMQ_VIRTUAL_HOST", "agora-shop-1234");
        env.put("SPRING_DATA_REDIS_PORT", "6379");

        var environment = start(env, Map.of());

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/agora_shop_1234");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("postgres");
        assertThat(environment.getProperty("spring.data.redis.port")).isEqualTo("6379");
        var rabbit = rabbit(environment);
        assertThat(rabbit.determineAddresses()).containsExactly("127.0.0.1:5672");
        assertThat(rabbit.determineUsername()).isEqualTo("guest");
        assertThat(rabbit.determineVirtualHost()).isEqualTo("agora-shop-1234");
        // what the Spring variables do not name still comes from the AGORA_* ones
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("pg-secret");
    }

    /**
     * Spring Boot ignores spring.rabbitmq.host and port once addresses are set; the default addresses are made of
     * them, so a broker chosen by SPRING_RABBITMQ_HOST and SPRING_RABBITMQ_PORT is still the one connected to.
     */
    @Test
    void springRabbitHostAndPortChooseTheBrokerWhenNoAddressesAreGiven() {
        var environment = start(Map.of("SPRING_RABBITMQ_HOST", "mq.test", "SPRING_RABBITMQ_PORT", "5673"), Map.of());

        assertThat(rabbit(environment).determineAddresses()).containsExactly("mq.test:5673");
    }

    /** Why whatever points a service at a broker of its own sets spring.rabbitmq.addresses, not host and port. */
    @Test
    void agoraAddressesOutrankASpringRabbitHost() {
        var environment = start(
                Map.of("AGORA_RABBITMQ_ADDRESSES", "rabbit-1:5672,rabbit-2:5672", "SPRING_RABBITMQ_HOST", "mq.test"),
                Map.of());

        assertThat(rabbit(environment).determineAddresses()).containsExactly("rabbit-1:5672", "rabbit-2:5672");
    }

    /** As IsolatedServers points a service's integration test at a schema and vhost of its own. */
    @Test
    void testPropertiesWinOverAgoraVariables() {
        var environment = start(
                CLUSTER,
                Map.of(
                        "spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=agora_test_1",
                        "spring.datasource.username", "postgres",
                        "spring.datasource.hikari.schema", "agora_test_1",
                        "spring.rabbitmq.addresses", "127.0.0.1:5672",
                        "spring.rabbitmq.username", "guest",
                        "spring.rabbitmq.password", "guest",
                        "spring.rabbitmq.virtual-host", "agora-test-1"));

        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=agora_test_1");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("postgres");
        assertThat(environment.getProperty("spring.datasource.hikari.schema")).isEqualTo("agora_test_1");
        var rabbit = rabbit(environment);
        assertThat(rabbit.determineAddresses()).containsExactly("127.0.0.1:5672");
        assertThat(rabbit.determineUsername()).isEqualTo("guest");
        assertThat(rabbit.determinePassword()).isEqualTo("guest");
        assertThat(rabbit.determineVirtualHost()).isEqualTo("agora-test-1");
    }

    /**
     * Starts a Spring application on infrastructure-test-service.yml, with {@code env} as its whole process
     * environment and {@code testProperties} ahead of everything, as a test's dynamic properties are.
     */
    private static ConfigurableEnvironment start(Map<String, Object> env, Map<String, Object> testProperties) {
        var environment = new StandardEnvironment();
        var sources = environment.getPropertySources();
        sources.replace(
                SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
        if (!testProperties.isEmpty()) {
            sources.addFirst(new MapPropertySource("test properties", testProperties));
        }
        try (var context = new SpringApplicationBuilder(Service.class)
                .environment(environment)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("spring.config.name=infrastructure-test-service")
                .run()) {
            return context.getEnvironment();
        }
    }

    private static Map<String, String> properties(ConfigurableEnvironment environment, Iterable<String> names) {
        var properties = new LinkedHashMap<String, String>();
        names.forEach(name -> properties.put(name, environment.getProperty(name)));
        return properties;
    }

    private static RabbitProperties rabbit(ConfigurableEnvironment environment) {
        return Binder.get(environment).bindOrCreate("spring.rabbitmq", RabbitProperties.class);
    }

    @Configuration(proxyBeanMethods = false)
    static class Service {}
}
