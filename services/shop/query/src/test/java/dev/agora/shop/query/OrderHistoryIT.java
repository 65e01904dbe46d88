package dev.agora.shop.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.Envelope;
import dev.agora.shop.contracts.events.PriceChanged;
import dev.agora.shop.contracts.events.ProductCreated;
import dev.agora.shop.contracts.events.ProductUpdated;
import dev.agora.shop.query.ShopEvents.Step;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The query service alone against the real broker and database (no other service runs): shop events published
 * on the event exchange become the order history, the catalogue and the users, whatever their arrival order
 * and however often they are delivered.
 */
class OrderHistoryIT extends RunningQueryService {

    @Autowired
    MeterRegistry metrics;

    @Test
    void historyShowsEachOrderNewestFirstWithProductNamesPricesPaymentAndStatus() {
        var story = new ShopStory();

        events.publishAll(story.steps());

        await().atMost(PATIENCE).untilAsserted(() -> story.assertHistoryShown(http, "Keyboard"));
        story.assertCatalogueShown(http);
        http.get()
                .uri("/api/users/{userId}", story.user)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("Ada Lovelace")
                .jsonPath("$.country")
                .isEqualTo("FR");
        http.get()
                .uri("/api/orders/{orderId}", story.rejectedOrder)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CANCELLED")
                .jsonPath("$.userId")
                .isEqualTo(story.user.toString());
    }

    @Test
    void eventsArrivingInReverseOrderConvergeToTheSameHistoryAndCatalogue() {
        var story = new ShopStory();

        events.publishAll(story.steps().reversed());

        await().atMost(PATIENCE).untilAsserted(() -> story.assertHistoryShown(http, "Keyboard"));
        story.assertCatalogueShown(http);
    }

    @Test
    void productRenamedAfterTheOrderShowsItsCurrentNameInTheHistory() {
        var story = new ShopStory();
        events.publishAll(story.steps());
        await().atMost(PATIENCE).untilAsserted(() -> story.assertHistoryShown(http, "Keyboard"));

        events.publish(new Step(
                "product",
                new ProductUpdated(story.keyboard, "Mechanical keyboard", "Full size", "electronics"),
                story.at(100)));

        await().atMost(PATIENCE).untilAsserted(() -> story.assertHistoryShown(http, "Mechanical keyboard"));
    }

    @Test
    void historyIsPagedNewestFirst() {
        var story = new ShopStory();
        events.publishAll(story.steps());
        await().atMost(PATIENCE).untilAsserted(() -> story.assertHistoryShown(http, "Keyboard"));

        story.history(http, "?page=1&size=2")
                .jsonPath("$.orders[*].orderId")
                .isEqualTo(List.of(story.confirmedOrder.toString()));
    }

    @Test
    void sameEventDeliveredTwiceChangesNothingEvenWhenTheInboxHasForgottenIt() {
        var story = new ShopStory();
        var lamp = UUID.randomUUID();
        events.publish(new Step("product", new ProductCreated(lamp, "Lamp", "Brass", "home"), story.at(0)));
        var price = events.publish(new Step("pricing", new PriceChanged(lamp, money("30.00"), "EUR"), story.at(1)));
        await().atMost(PATIENCE).untilAsserted(() -> assertPrice(lamp, "30.00"));

        events.send(price);
        // the work queue has competing consumers, so a later marker proves nothing: the service's own counts do
        await().atMost(PATIENCE).until(() -> count("agora.messages.duplicates", price.name()) == 1);
        servers.jdbc()
                .update(
                        "DELETE FROM agora_inbox WHERE message_id = ?",
                        price.uuid().toString());
        var newer = events.envelope(new Step("pricing", new PriceChanged(lamp, money("99.00"), "EUR"), story.at(3)));
        var consumedBefore = count("agora.messages.consumed", price.name());
        events.send(
                new Envelope(newer.name(), price.uuid(), newer.creationTime(), "pricing", newer.data(), 0, List.of()));
        await().atMost(PATIENCE).until(() -> handledAllConsumed(price.name(), consumedBefore + 1));

        assertPrice(lamp, "30.00");
        assertThat(servers.jdbc()
                        .queryForObject("SELECT count(*) FROM journal WHERE event_uuid = ?", Long.class, price.uuid()))
                .isEqualTo(1);
    }

    /** At least that many deliveries of the key were taken, and the handlers have finished every one taken. */
    private boolean handledAllConsumed(String routingKey, double atLeast) {
        var consumed = count("agora.messages.consumed", routingKey);
        var handler = metrics.find("agora.messages.handler")
                .tag("routing_key", routingKey)
                .timer();
        return consumed >= atLeast && handler != null && handler.count() == consumed;
    }

    private double count(String counter, String routingKey) {
        var found = metrics.find(counter).tag("routing_key", routingKey).counter();
        return found == null ? 0 : found.count();
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private void assertPrice(UUID product, String price) {
        assertThat(ShopStory.bodyOf(http, "/api/products/{productId}", product)).contains("\"unitPrice\":" + price);
    }
}
