package dev.agora.shop.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.Envelope;
import dev.agora.shop.contracts.events.ProductCreated;
import dev.agora.shop.inventory.RunningInventoryService;
import dev.agora.shop.testing.ApiResource;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Products get their stock row from product.created; the staff's changes publish the seed's inventoryUpdated. */
class StockIT extends RunningInventoryService {

    @Test
    void newProductStartsWithNoStockAndALaterAnnouncementKeepsItsStock() {
        var product = UUID.randomUUID();
        var created = new ProductCreated(product, "Lamp", "A desk lamp", "home");

        traffic.send("product", "product.created", created);
        await().atMost(WAIT).until(() -> stockroom.stockOf(product) != null);
        assertThat(stockroom.available(product)).isZero();
        set(product, 8);
        var repeat = traffic.send("product", "product.created", created);
        await().atMost(WAIT).until(() -> processed(repeat));

        assertThat(stockroom.available(product)).isEqualTo(8);
    }

    @Test
    void settingTheStockPublishesTheDifferenceAndNothingWithoutOne() {
        var product = stockroom.productWithStock(10);

        set(product, 4);
        set(product, 4);

        await().atMost(WAIT).until(() -> updatesOf(product).size() == 2);
        assertThat(json.writeValueAsString(updatesOf(product).getLast()))
                .isEqualTo(json.writeValueAsString(json.readTree("""
                        {"action": "inventoryUpdated", "productId": "%s",
                         "payload": {"quantity": -6, "available": 4, "orderId": null}}
                        """.formatted(product))));
        set(product, 5); // relayed after anything the repeated setting wrote: once this is out, so would that be
        await().atMost(WAIT).until(() -> updatesOf(product).size() == 3);
        assertThat(updatesOf(product))
                .extracting(data -> data.at("/payload/quantity").asInt())
                .containsExactly(10, -6, 1);
    }

    @Test
    void additionsAddToTheAvailableStockAndPublishTheQuantity() {
        var product = stockroom.productWithStock(2);

        http.post()
                .uri("/api/stock/{id}/additions", product)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"quantity\": 5}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.available")
                .isEqualTo(7);

        await().atMost(WAIT)
                .until(() -> updatesOf(product).stream()
                        .anyMatch(data -> data.at("/payload/quantity").asInt() == 5
                                && data.at("/payload/available").asInt() == 7));
    }

    @Test
    void additionsPastTheStockLimitAreAConflictSayingTheLimitAndChangeNothing() {
        var product = stockroom.productWithStock(StockLevel.MAX_UNITS - 10);

        for (int i = 0; i < 3; i++) {
            http.post()
                    .uri("/api/stock/{id}/additions", product)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"quantity\": 1000000}")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(HttpStatus.CONFLICT)
                    .expectBody()
                    .jsonPath("$.limit")
                    .isEqualTo(StockLevel.MAX_UNITS)
                    .jsonPath("$.field")
                    .isEqualTo("quantity");
        }

        assertThat(stockroom.available(product)).isEqualTo(StockLevel.MAX_UNITS - 10);
    }

    @Test
    void additionsUpToTheStockLimitAreAccepted() {
        var product = stockroom.productWithStock(StockLevel.MAX_UNITS - 10);

        http.post()
                .uri("/api/stock/{id}/additions", product)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"quantity\": 10}")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(stockroom.available(product)).isEqualTo(StockLevel.MAX_UNITS);
    }

    @Test
    void settingTheStockSoThatWithTheReservedItPassesTheLimitIsAConflict() {
        var product = stockroom.productWithStock(10);
        servers.jdbc().update("UPDATE stock SET reserved = 5 WHERE product_id = ?", product);

        http.put()
                .uri("/api/stock/{id}", product)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"available\": " + StockLevel.MAX_UNITS + "}")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.field")
                .isEqualTo("available");
        assertThat(stockroom.available(product)).isEqualTo(10);
    }

    @Test
    void availabilityComparesTheRequestWithTheStock() {
        var product = stockroom.productWithStock(3);

        http.get()
                .uri("/api/stock/{id}/availability?quantity=4", product)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .json("""
                        {"productId": "%s", "requested": 4, "available": 3, "sufficient": false}
                        """.formatted(product));
    }

    @Test
    void unknownProductIsNotFoundEverywhere() {
        var unknown = UUID.randomUUID();

        http.get().uri("/api/stock/{id}", unknown).exchange().expectStatus().isNotFound();
        http.get()
                .uri("/api/stock/{id}/availability?quantity=1", unknown)
                .exchange()
                .expectStatus()
                .isNotFound();
        http.put()
                .uri("/api/stock/{id}", unknown)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"available\": 1}")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.productId")
                .isEqualTo(unknown.toString());
        http.post()
                .uri("/api/stock/{id}/additions", unknown)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"quantity\": 1}")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void listingPagesThroughEveryProductInProductIdOrder() {
        servers.jdbc().update("DELETE FROM stock");
        for (int i = 0; i < 3; i++) {
            stockroom.productWithStock(i);
        }

        var first = page(0, 2);
        var second = page(1, 2);

        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(first.at("/items/1/productId").asString())
                .isLessThan(second.at("/items/0/productId").asString());
    }

    @Test
    void openApiDocumentDescribesTheStockAndReservationEndpoints() {
        ApiResource.openApiDocument(http)
                .jsonPath("$.paths['/api/stock/{productId}'].put")
                .exists()
                .jsonPath("$.paths['/api/reservations'].post")
                .exists();
    }

    private void set(UUID product, int available) {
        http.put()
                .uri("/api/stock/{id}", product)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"available\": " + available + "}")
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** The message's handler committed: inventory's inbox holds its id. */
    private boolean processed(Envelope envelope) {
        return Boolean.TRUE.equals(servers.jdbc()
                .queryForObject(
                        "SELECT EXISTS (SELECT 1 FROM agora_inbox WHERE message_id = ?)",
                        Boolean.class,
                        envelope.uuid().toString()));
    }

    private List<JsonNode> updatesOf(UUID product) {
        return traffic.published(
                "inventory.updated", data -> data.get("productId").asString().equals(product.toString()));
    }

    private JsonNode page(int page, int size) {
        return http.get()
                .uri("/api/stock?page={page}&size={size}", page, size)
                .exchange()
                .returnResult(JsonNode.class)
                .getResponseBody();
    }
}
