package dev.agora.shop.inventory;

import static org.awaitility.Awaitility.await;

import dev.agora.shop.contracts.events.ProductCreated;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Products with stock, made the way the shop makes them: the catalogue announces them, the staff stocks them. */
public final class Stockroom {

    private final ShopTraffic traffic;
    private final RestTestClient http;

    public Stockroom(ShopTraffic traffic, RestTestClient http) {
        this.traffic = traffic;
        this.http = http;
    }

    public UUID productWithStock(int available) {
        var productId = UUID.randomUUID();
        traffic.send("product", "product.created", new ProductCreated(productId, "Lamp", "A desk lamp", "home"));
        await().atMost(Duration.ofSeconds(30)).until(() -> stockOf(productId) != null);
        http.put()
                .uri("/api/stock/{id}", productId)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"available\": " + available + "}")
                .exchange()
                .expectStatus()
                .isOk();
        return productId;
    }

    /** {@code {productId, available, reserved}}, or null for an unknown product. */
    public @Nullable JsonNode stockOf(UUID productId) {
        var response = http.get().uri("/api/stock/{id}", productId).exchange().returnResult(JsonNode.class);
        return response.getStatus().value() == 404 ? null : response.getResponseBody();
    }

    public int available(UUID productId) {
        return stockOf(productId).get("available").asInt();
    }

    public int reserved(UUID productId) {
        return stockOf(productId).get("reserved").asInt();
    }
}
