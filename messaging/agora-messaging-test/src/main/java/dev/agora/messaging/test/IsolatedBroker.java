package dev.agora.messaging.test;

import static org.awaitility.Awaitility.await;

import com.rabbitmq.client.ConnectionFactory;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /** The binding keys by which the exchange routes to the queue in this vhost, as the broker lists them. */
    public Set<String> bindingKeys(String exchange, String queue) {
        var keys = new TreeSet<String>();
        management.bindings(vhost).stream()
                .filter(binding -> binding.get("source").asString().equals(exchange)
                        && binding.get("destination_type").asString().equals("queue")
                        && binding.get("destination").asString().equals(queue))
                .forEach(binding -> keys.add(binding.get("routing_key").asString()));
        return keys;
    }

    /**
     * Waits, 30 seconds at most, until the exchange routes each of the keys to the queue. A service binds its
     * queues as its context starts, but a message sent before is routed nowhere and lost: tests that play another
     * service wait for this first.
     */
    public void awaitBindings(String exchange, String queue, Collection<String> keys) {
        await().atMost(Duration.ofSeconds(30))
                .alias(exchange + " routes " + keys + " to " + queue)
                .until(() -> bindingKeys(exchange, queue).containsAll(keys));
    }

    /** A plain RabbitMQ client's connection factory on this vhost, for tests that play another client. */
    public ConnectionFactory connectionFactory() {
        var factory = new ConnectionFactory();
        factory.setHost(TestServers.rabbitHost());
        factory.setPort(TestServers.rabbitPort());
        factory.setUsername(TestServers.rabbitUser());
        factory.setPassword(TestServers.rabbitPassword());
        factory.setVirtualHost(vhost);
        return factory;
    }

    /**
     * Spring Boot properties that point a service at this vhost. The broker goes in {@code spring.rabbitmq.addresses},
     * not {@code host} and {@code port}: Spring Boot ignores those once addresses are set, as a service's
     * {@code AGORA_RABBITMQ_ADDRESSES} would set them.
     */
    public Map<String, Object> springProperties() {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("spring.rabbitmq.addresses", TestServers.rabbitHost() + ":" + TestServers.rabbitPort());
        properties.put("spring.rabbitmq.username", TestServers.rabbitUser());
        properties.put("spring.rabbitmq.password", TestServers.rabbitPassword());
        properties.put("spring.rabbitmq.virtual-host", vhost);
        return properties;
    }
}
