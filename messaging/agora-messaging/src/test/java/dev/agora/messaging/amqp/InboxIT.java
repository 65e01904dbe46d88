package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EventHandler;
import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.messaging.test.IsolatedSchema;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The same message delivered twice has one effect: the inbox remembers it in the handler's transaction. */
class InboxIT {

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    @RegisterExtension
    static final IsolatedSchema schema = new IsolatedSchema();

    private static RunningService ledger;

    @BeforeAll
    static void startLedger() {
        schema.jdbc().execute("CREATE TABLE ledger_entries (event_uuid varchar(64), amount int)");
        ledger = RunningService.start(Ledger.class, "ledger", broker, schema, Map.of());
    }

    @AfterAll
    static void stopLedger() {
        ledger.close();
    }

    @Test
    void aMessageDeliveredTwiceIsHandledOnce() {
        var json = ledger.bean(JsonMapper.class);
        var envelope = Envelope.create("payment.created", "payment", json.valueToTree(Map.of("amount", 40)));
        var body = json.writeValueAsBytes(envelope);
        var rabbit = ledger.bean(RabbitTemplate.class);

        for (int delivery = 0; delivery < 2; delivery++) {
            rabbit.send(
                    "agoram_event_exchange",
                    "payment.created",
                    MessageBuilder.withBody(body).build());
        }

        var duplicates = ledger.bean(MeterRegistry.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> duplicates.find("agora.messages.duplicates").counter() != null);
        assertThat(schema.jdbc()
                        .queryForObject(
                                "SELECT count(*) FROM ledger_entries WHERE event_uuid = ?",
                                Integer.class,
                                envelope.uuid().toString()))
                .isEqualTo(1);
    }

    record Payment(int amount) {}

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Ledger {
        @Bean
        LedgerHandlers ledgerHandlers(JdbcClient jdbc) {
            return new LedgerHandlers(jdbc);
        }
    }

    record LedgerHandlers(JdbcClient jdbc) {
        @EventHandler("payment.created")
        void on(Payment payment, Envelope envelope) {
            jdbc.sql("INSERT INTO ledger_entries (event_uuid, amount) VALUES (?, ?)")
                    .params(envelope.uuid().toString(), payment.amount())
                    .update();
        }
    }
}
