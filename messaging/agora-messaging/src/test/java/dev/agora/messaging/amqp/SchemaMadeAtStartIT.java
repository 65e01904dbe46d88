package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.messaging.test.IsolatedSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A service whose schema a database initializer makes at start (Flyway's {@code create-schemas} in the services;
 * Spring's SQL scripts here, the same kind of initializer), with no JDBC bean of its own, starts: the outbox and
 * inbox tables are made after the initializer made the schema they go in.
 */
class SchemaMadeAtStartIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    @RegisterExtension
    static final IsolatedSchema isolated = new IsolatedSchema();

    /** A schema nobody created before the service starts. */
    private static final String FRESH = isolated.schema() + "_fresh";

    @AfterAll
    static void dropFreshSchema() {
        isolated.jdbc().execute("DROP SCHEMA IF EXISTS " + FRESH + " CASCADE");
    }

    @Test
    void theMessagingTablesAreCreatedInTheSchemaTheInitializerMade() throws IOException {
        var script = Files.createTempFile("create-schema", ".sql");
        Files.writeString(script, "CREATE SCHEMA IF NOT EXISTS " + FRESH);
        var properties = Map.<String, Object>of(
                "spring.datasource.hikari.schema",
                FRESH,
                "spring.sql.init.mode",
                "always",
                "spring.sql.init.schema-locations",
                script.toUri().toString());
        try (var desk = RunningService.start(Desk.class, "desk", broker, isolated, properties)) {
            var tables = isolated.jdbc()
                    .queryForList(
                            "SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
                            String.class,
                            FRESH);
            assertThat(tables).contains("agora_outbox", "agora_inbox");
        } finally {
            Files.delete(script);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Desk {}
}
