package dev.agora.messaging.amqp;

import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.messaging.test.IsolatedSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One instance of a test service, started against the isolated vhost (and schema), stopped on close. */
final class RunningService implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningService(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningService start(
            Class<?> application,
            String service,
            IsolatedBroker broker,
            @Nullable IsolatedSchema schema,
            Map<String, Object> extraProperties) {
        var properties = new LinkedHashMap<String, Object>(broker.springProperties());
        if (schema != null) properties.putAll(schema.springProperties());
        properties.put("agora.messaging.service", service);
        properties.put("spring.main.banner-mode", "off");
        properties.putAll(extraProperties);
        var builder = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties(properties);
        if (schema == null) {
            builder.properties("spring.autoconfigure.exclude="
                    + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration");
        }
        return new RunningService(builder.run());
    }

    static RunningService start(Class<?> application, String service, IsolatedBroker broker) {
        return start(application, service, broker, null, Map.of());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
