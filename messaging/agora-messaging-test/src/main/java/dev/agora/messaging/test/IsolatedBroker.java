package dev.agora.messaging.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A RabbitMQ vhost of its own for one test class, deleted afterwards with everything in it. Register it as
 * a static {@code @RegisterExtension} field.
 */
public final class IsolatedBroker implements BeforeAllCallback, AfterAllCallback {

    private final RabbitManagement management = RabbitManagement.local();
    private final String vhost = "agora-test-" + UUID.randomUUID().toString().substring(0, 8);

    @Override
    public void beforeAll(ExtensionContext context) {
        management.createVhost(vhost);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        management.deleteVhost(vhost);
    }

    public String vhost() {
        return vhost;
    }

    public RabbitManagement management() {
        return management;
    }

    /** Spring Boot properties that point a service at this vhost. */
    public Map<String, Object> springProperties() {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("spring.rabbitmq.host", TestServers.rabbitHost());
        properties.put("spring.rabbitmq.port", TestServers.rabbitPort());
        properties.put("spring.rabbitmq.username", TestServers.rabbitUser());
        properties.put("spring.rabbitmq.password", TestServers.rabbitPassword());
        properties.put("spring.rabbitmq.virtual-host", vhost);
        return properties;
    }
}
