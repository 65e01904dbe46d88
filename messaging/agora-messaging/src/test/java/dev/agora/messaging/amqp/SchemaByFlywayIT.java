package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.messaging.test.IsolatedSchema;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A service whose schema Flyway creates, with no JDBC bean of its own, starts: the outbox and inbox tables are
 * made after Flyway made the schema they go in (a new service is exactly that until it has a repository).
 */
class SchemaByFlywayIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    @RegisterExtension
    static final IsolatedSchema isolated = new IsolatedSchema();

    /** A schema nobody created: Flyway's {@code create-schemas} is what makes it. */
    private static final String FRESH = isolated.schema() + "_fresh";

    @AfterAll
    static void dropFreshSchema() {
        isolated.jdbc().execute("DROP SCHEMA IF EXISTS " + FRESH + " CASCADE");
    }

    @Test
    void theMessagingTablesAreCreatedInTheSchemaFlywayCreated() {
        var properties = Map.<String, Object>of(
                "spring.datasource.hikari.schema", FRESH,
                "spring.flyway.schemas", FRESH,
                "spring.flyway.default-schema", FRESH,
                "spring.flyway.create-schemas", true);
        try (var desk = RunningService.start(Desk.class, "desk", broker, isolated, properties)) {
            var tables = isolated.jdbc()
                    .queryForList(
                            "SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
                            String.class,
                            FRESH);
            assertThat(tables).contains("agora_outbox", "agora_inbox");
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Desk {}
}
