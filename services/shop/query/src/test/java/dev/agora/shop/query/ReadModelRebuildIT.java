package dev.agora.shop.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.contracts.events.ProductUpdated;
import dev.agora.shop.query.ShopEvents.Step;
import dev.agora.shop.query.readmodel.Projection;
import dev.agora.shop.testing.SharedAuth;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

/** The read model rebuilds itself from its own journal, with no other service to ask. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@DirtiesContext
class ReadModelRebuildIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    @DynamicPropertySource
    static void auth(DynamicPropertyRegistry registry) {
        SharedAuth.register(registry, "query");
    }

    /** Calls with no token. */
    @Autowired
    RestTestClient anonymous;

    /** Calls with an operator's token, from the authorization server. */
    RestTestClient http;

    @BeforeEach
    void signIn() {
        http = SharedAuth.asOperator(anonymous);
    }

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    @Autowired
    List<Projection> projections;

    @Test
    void rebuildAfterWipingTheProjectionsGivesTheSameAnswersAndLaterEventsStillApply() {
        var events = new ShopEvents(rabbit, json);
        ShopEvents.awaitSubscribed(servers.broker(), projections);
        var story = new ShopStory();
        events.publishAll(story.steps());
        await().atMost(PATIENCE).untilAsserted(() -> story.assertHistoryShown(http, "Keyboard"));
        var before = answers(story);

        servers.jdbc().execute("DELETE FROM order_lines; DELETE FROM orders; DELETE FROM products; DELETE FROM users");
        http.get()
                .uri("/api/users/{userId}/orders", story.user)
                .exchange()
                .expectStatus()
                .isNotFound();

        http.post()
                .uri("/api/read-model/rebuild")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.eventsReplayed")
                .isEqualTo(story.steps().size())
                .jsonPath("$.entries")
                .isEqualTo(Map.of("users", 1, "products", 2, "orders", 3));
        assertThat(answers(story)).isEqualTo(before);

        http.post().uri("/api/read-model/rebuild").exchange().expectStatus().isOk();
        assertThat(answers(story)).isEqualTo(before);

        events.publish(new Step(
                "product",
                new ProductUpdated(story.keyboard, "Mechanical keyboard", "Full size", "electronics"),
                story.at(100)));
        await().atMost(PATIENCE).untilAsserted(() -> story.assertHistoryShown(http, "Mechanical keyboard"));
    }

    /** Every answer the service gives about the story, as JSON text. */
    private List<String> answers(ShopStory story) {
        return List.of(
                body("/api/users/" + story.user + "/orders"),
                body("/api/users/" + story.user),
                body("/api/orders/" + story.confirmedOrder),
                body("/api/orders/" + story.rejectedOrder),
                body("/api/orders/" + story.syncOrder),
                body("/api/products"));
    }

    private String body(String path) {
        return http.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
