package dev.agora.messaging.test;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The servers of a service's integration test: a PostgreSQL schema and a RabbitMQ vhost of the test class's own,
 * made before its first test and dropped after its last, with the service under test pointed at them.
 *
 * <p>Declare it as a static {@code @RegisterExtension} field of a Spring test class, and that is all:
 *
 * <pre>{@code
 * @SpringBootTest
 * @DirtiesContext
 * class OrderSagaIT {
 *
 *     @RegisterExtension
 *     static final IsolatedServers servers = new IsolatedServers();
 *
 *     @Test
 *     void ... { servers.jdbc().queryForObject(...); }
 * }
 * }</pre>
 *
 * <p>No {@code @DynamicPropertySource} is needed: a context customizer of this library, registered in
 * {@code META-INF/spring.factories}, finds the field and puts its {@link #springProperties()} ahead of the
 * service's own configuration, as a {@code @DynamicPropertySource} would. The names are fixed when the field is
 * made, so the properties are known before the schema and vhost exist, and the context starts after both are made.
 */
public final class IsolatedServers implements BeforeAllCallback, AfterAllCallback {

    private final IsolatedSchema schema = new IsolatedSchema();
    private final @Nullable IsolatedBroker broker;

    /** A schema and a vhost. */
    public IsolatedServers() {
        this(new IsolatedBroker());
    }

    private IsolatedServers(@Nullable IsolatedBroker broker) {
        this.broker = broker;
    }

    /** A schema only, for tests that switch the messaging layer off and need no broker running. */
    public static IsolatedServers schemaOnly() {
        return new IsolatedServers(null);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        schema.beforeAll(context);
        if (broker != null) broker.beforeAll(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (broker != null) broker.afterAll(context);
        } finally {
            schema.afterAll(context);
        }
    }

    /** The schema, for its name and a data source on it. */
    public IsolatedSchema schema() {
        return schema;
    }

    /** The vhost, for its name, its bindings and the broker's management API. */
    public IsolatedBroker broker() {
        if (broker == null) throw new IllegalStateException("made with schemaOnly(): this test has no vhost");
        return broker;
    }

    /** SQL on the test's schema, for arranging and checking what the service stores. */
    public JdbcTemplate jdbc() {
        return schema.jdbc();
    }

    /** Spring Boot properties that point a service at this schema and vhost. */
    public Map<String, Object> springProperties() {
        var properties = new LinkedHashMap<>(schema.springProperties());
        if (broker != null) properties.putAll(broker.springProperties());
        return properties;
    }
}
