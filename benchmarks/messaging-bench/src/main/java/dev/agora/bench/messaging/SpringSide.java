package dev.agora.bench.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the three Spring Boot sides (Agora, Spring AMQP, Spring Cloud Stream) share: one jar holds all three,
 * so each side switches off the others' auto-configuration, and none of them has a database.
 */
final class SpringSide {

    static final List<String> AGORA = List.of("dev.agora.messaging.amqp.AgoraMessagingAutoConfiguration");

    static final List<String> SPRING_CLOUD_STREAM = List.of(
            "org.springframework.cloud.stream.binder.rabbit.config.ExtendedBindingHandlerMappingsProviderConfiguration",
            "org.springframework.cloud.stream.binder.rabbit.config.MessageConverterHelperConfiguration",
            "org.springframework.cloud.function.context.config.ContextFunctionCatalogAutoConfiguration",
            "org.springframework.cloud.function.cloudevent.CloudEventsFunctionExtensionConfiguration",
            "org.springframework.cloud.function.context.config.KotlinLambdaToFunctionAutoConfiguration",
            "org.springframework.cloud.function.context.config.FunctionsEndpointAutoConfiguration",
            "org.springframework.cloud.function.observability.ObservationAutoConfiguration",
            "org.springframework.cloud.stream.config.BindersHealthIndicatorAutoConfiguration",
            "org.springframework.cloud.stream.config.ChannelsEndpointAutoConfiguration",
            "org.springframework.cloud.stream.config.BindingsEndpointAutoConfiguration",
            "org.springframework.cloud.stream.config.BindingServiceConfiguration",
            "org.springframework.cloud.stream.function.FunctionConfiguration",
            "org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration",
            "org.springframework.boot.integration.autoconfigure.IntegrationGraphEndpointAutoConfiguration",
            "org.springframework.boot.integration.autoconfigure.metrics.IntegrationMetricsAutoConfiguration");

    private static final List<String> DATABASE = List.of(
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration");

    private SpringSide() {}

    /**
     * The properties every Spring side starts with.
     *
     * @param excluded the other sides' auto-configurations
     */
    @SafeVarargs
    static Map<String, Object> properties(List<String>... excluded) {
        var properties = new LinkedHashMap<String, Object>();
        var exclude = new ArrayList<>(DATABASE);
        for (var list : excluded) exclude.addAll(list);
        properties.put("spring.autoconfigure.exclude", String.join(",", exclude));
        // perf-test brings Datadog/JMX/Prometheus registries along; a service here would export none of them
        properties.put("management.defaults.metrics.export.enabled", false);
        properties.put("management.simple.metrics.export.enabled", true);
        // closing a run with a backlog makes the container warn once per prefetched message it hands back
        properties.put("logging.level.org.springframework.amqp.rabbit.listener", "ERROR");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", false);
        return properties;
    }

    /** The Spring peers' properties: Boot's connection factory with correlated publisher confirms and returns. */
    @SafeVarargs
    static Map<String, Object> confirmedPublishing(List<String>... excluded) {
        var properties = properties(excluded);
        properties.put("spring.rabbitmq.publisher-confirm-type", "correlated");
        properties.put("spring.rabbitmq.publisher-returns", true);
        return properties;
    }

    static ConfigurableApplicationContext start(
            Class<?> application, BenchVhost vhost, Map<String, Object> sideProperties) {
        var properties = new LinkedHashMap<String, Object>(vhost.springProperties());
        properties.putAll(sideProperties);
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run();
    }
}
