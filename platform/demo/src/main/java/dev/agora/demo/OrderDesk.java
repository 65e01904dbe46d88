package dev.agora.demo;

import dev.agora.shop.testing.ShopService;
import dev.agora.shop.testing.ShopUrls;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Orders as a client places and reads them: the order service's API and the query service's history. */
final class OrderDesk {

    /**
     * The answer of {@code POST /api/orders}, whatever its status: the order, or a problem (RFC 9457).
     *
     * @param took how long the request took
     */
    record Answer(int status, JsonNode body, Duration took) {

        @Nullable
        UUID orderId() {
            var id = body.get("orderId");
            return id == null || id.isNull() ? null : UUID.fromString(id.asString());
        }

        String text(String field) {
            var value = body.get(field);
            return value == null || value.isNull() ? "" : value.asString();
        }
    }

    private final ShopUrls shop;
    private final RestClient http;

    OrderDesk(ShopUrls shop, RestClient http) {
        this.shop = shop;
        this.http = http;
    }

    Answer place(UUID userId, UUID productId, int quantity, String mode) {
        var body = Map.of(
                "userId", userId, "lines", List.of(Map.of("productId", productId, "quantity", quantity)), "mode", mode);
        long started = System.nanoTime();
        return http.post()
                .uri(shop.url(ShopService.ORDER) + "/api/orders")
                .body(body)
                .exchange((request, response) -> {
                    var answer = response.bodyTo(JsonNode.class);
                    return new Answer(
                            response.getStatusCode().value(),
                            answer == null ? tools.jackson.databind.node.NullNode.getInstance() : answer,
                            Duration.ofNanos(System.nanoTime() - started));
                });
    }

    JsonNode order(UUID orderId) {
        return http.get()
                .uri(shop.url(ShopService.ORDER) + "/api/orders/" + orderId)
                .retrieve()
                .body(JsonNode.class);
    }

    /** The user's orders, newest first, from the query service's read model. */
    List<JsonNode> history(UUID userId) {
        var page = http.get()
                .uri(shop.url(ShopService.QUERY) + "/api/users/" + userId + "/orders?size=100")
                .retrieve()
                .body(JsonNode.class);
        if (page == null) {
            return List.of();
        }
        var orders = page.isArray() ? page : page.get("orders");
        return orders == null ? List.of() : orders.valueStream().toList();
    }
}
