package dev.agora.logger.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EventPublisher;
import dev.agora.messaging.test.EventExchange;
import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.testing.OperatorCaller;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole way: an event published on the broker reaches the logger through the messaging layer's log queue
 * and can be found over HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@DirtiesContext
@Import(OperatorCaller.class)
class LogFromBrokerIT {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    RestTestClient http;

    @Autowired
    JsonMapper json;

    @Autowired
    EventPublisher events;

    @Test
    void eventPublishedOnTheBrokerCanBeFoundByItsRoutingKey() {
        servers.broker().awaitBindings("log", "logger_log_q", Set.of("#"));

        var envelope = new EventExchange(rabbit, json)
                .send(Envelope.create("test.happened", "e2e-test", json.readTree("{\"answer\": 42}")));

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

    /** An event published outside any handler starts a conversation: its correlation id is its own uuid. */
    @Test
    void anEventCanBeFoundByTheCorrelationIdItWasPublishedWith() {
        servers.broker().awaitBindings("log", "logger_log_q", Set.of("#"));

        events.publish("test.started", Map.of("answer", 42)).join();

        var logged = await().atMost(Duration.ofSeconds(30))
                .until(() -> entries("/api/log?routingKey=test.started"), entries -> entries.size() == 1)
                .get(0);
        var correlationId = logged.get("correlationId").asString();
        assertThat(correlationId).isEqualTo(logged.get("eventUuid").asString());
        assertThat(entries("/api/log?correlationId=" + correlationId))
                .singleElement()
                .satisfies(entry -> assertThat(entry.get("messageId")).isEqualTo(logged.get("messageId")));
    }

    private JsonNode entries(String uri) {
        return json.readTree(http.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }
}
