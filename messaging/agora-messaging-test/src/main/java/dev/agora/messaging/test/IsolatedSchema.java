package dev.agora.messaging.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A PostgreSQL schema of its own for one test class in the shared test database, dropped afterwards.
 * Register it as a static {@code @RegisterExtension} field.
 */
public final class IsolatedSchema implements BeforeAllCallback, AfterAllCallback {

    private final String schema = "agora_test_" + UUID.randomUUID().toString().substring(0, 8);
    private final JdbcTemplate admin = new JdbcTemplate(dataSource(TestServers.postgresUrl()));

    @Override
    public void beforeAll(ExtensionContext context) {
        admin.execute("CREATE SCHEMA " + schema);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        admin.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    public String schema() {
        return schema;
    }

    public String jdbcUrl() {
        return TestServers.postgresUrl() + "?currentSchema=" + schema;
    }

    /** A data source on this schema, for assertions on what the services stored. */
    public DataSource dataSource() {
        return dataSource(jdbcUrl());
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource());
    }

    /** Spring Boot properties that point a service at this schema. */
    public Map<String, Object> springProperties() {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("spring.datasource.url", jdbcUrl());
        properties.put("spring.datasource.username", TestServers.postgresUser());
        // no password, as this class connects: not the AGORA_POSTGRES_PASSWORD a service would otherwise be given
        properties.put("spring.datasource.password", "");
        properties.put("spring.datasource.hikari.schema", schema);
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.flyway.default-schema", schema);
        return properties;
    }

    private static DataSource dataSource(String url) {
        var dataSource = new SimpleDriverDataSource();
        dataSource.setDriverClass(org.postgresql.Driver.class);
        dataSource.setUrl(url);
        dataSource.setUsername(TestServers.postgresUser());
        return dataSource;
    }
}
