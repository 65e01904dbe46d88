package dev.agora.logger.traffic;

import static org.awaitility.Awaitility.await;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.test.IsolatedBroker;
import dev.agora.messaging.test.IsolatedSchema;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole way: an event published on the broker reaches the logger through the messaging layer's log queue
 * and can be found over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@DirtiesContext
class LogFromBrokerIT {

    @RegisterExtension
    static final IsolatedSchema schema = new IsolatedSchema();

    @RegisterExtension
    static final IsolatedBroker broker = new IsolatedBroker();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        schema.springProperties().forEach((name, value) -> registry.add(name, () -> value));
        broker.springProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    RestTestClient http;

    @Autowired
    JsonMapper json;

    @Test
    void eventPublishedOnTheBrokerCanBeFoundByItsRoutingKey() {
        await().atMost(Duration.ofSeconds(30)).until(this::logQueueIsBound);
        var envelope = Envelope.create("test.happened", "e2e-test", json.readTree("{\"answer\": 42}"));

        rabbit.send(
                "agoram_event_exchange",
                "test.happened",
                MessageBuilder.withBody(json.writeValueAsBytes(envelope))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                        .setMessageId(envelope.uuid().toString())
                        .setAppId("e2e-test")
                        .build());

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> http.get()
                        .uri("/api/log?routingKey=test.happened")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .jsonPath("$.length()")
                        .isEqualTo(1)
                        .jsonPath("$[0].eventUuid")
                        .isEqualTo(envelope.uuid().toString())
                        .jsonPath("$[0].sender")
                        .isEqualTo("e2e-test"));
    }

    private boolean logQueueIsBound() {
        return broker.management().bindings(broker.vhost()).stream()
                .anyMatch(binding -> binding.get("destination").asString().equals("logger_log_q"));
    }
}
