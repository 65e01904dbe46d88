package dev.agora.shop.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.shop.contracts.events.ProductUpdated;
import dev.agora.shop.query.ShopEvents.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read model rebuilds itself from its own journal, with no other service to ask. */
class ReadModelRebuildIT extends RunningQueryService {

    @Test
    void rebuildAfterWipingTheProjectionsGivesTheSameAnswersAndLaterEventsStillApply() {
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
                ShopStory.bodyOf(http, "/api/users/" + story.user + "/orders"),
                ShopStory.bodyOf(http, "/api/users/" + story.user),
                ShopStory.bodyOf(http, "/api/orders/" + story.confirmedOrder),
                ShopStory.bodyOf(http, "/api/orders/" + story.rejectedOrder),
                ShopStory.bodyOf(http, "/api/orders/" + story.syncOrder),
                ShopStory.bodyOf(http, "/api/products"));
    }
}
