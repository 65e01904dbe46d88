package dev.agora.shop.e2e;

import dev.agora.shop.testing.RunningShop;
import dev.agora.shop.testing.ShopService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** What a client of the shop does over HTTP, in the words of the tests. */
final class ShopClient {

    private final RunningShop shop;
    private final RestClient http = RestClient.create();

    ShopClient(RunningShop shop) {
        this.shop = shop;
    }

    UUID createUser(String name, String country) {
        var user = post(
                ShopService.USER,
                "/api/users",
                Map.of("name", name, "email", name + "-" + UUID.randomUUID() + "@example.org", "country", country));
        return UUID.fromString(user.get("userId").asString());
    }

    UUID createProduct(String name, String category) {
        var product = post(
                ShopService.PRODUCT,
                "/api/products",
                Map.of("name", name, "description", name + ", for the end-to-end test", "category", category));
        return UUID.fromString(product.get("productId").asString());
    }

    void setPrice(UUID productId, String unitPrice) {
        put(
                ShopService.PRICING,
                "/api/prices/" + productId,
                Map.of("unitPrice", new BigDecimal(unitPrice), "currency", "EUR"));
    }

    void setStock(UUID productId, int available) {
        put(ShopService.INVENTORY, "/api/stock/" + productId, Map.of("available", available));
    }

    int stock(UUID productId) {
        return get(ShopService.INVENTORY, "/api/stock/" + productId)
                .get("available")
                .asInt();
    }

    void sandbox(String latency, double failureRate) {
        put(ShopService.PAYMENT, "/api/sandbox/settings", Map.of("latency", latency, "failureRate", failureRate));
    }

    /** The answer of {@code POST /api/orders}, whatever its status. */
    Answer placeOrder(UUID userId, UUID productId, int quantity, String mode) {
        var body = Map.of(
                "userId", userId, "lines", List.of(Map.of("productId", productId, "quantity", quantity)), "mode", mode);
        return http.post()
                .uri(shop.url(ShopService.ORDER) + "/api/orders")
                .body(body)
                .exchange((request, response) -> new Answer(
                        response.getStatusCode(),
                        response.getHeaders().getFirst("Location"),
                        response.bodyTo(JsonNode.class)));
    }

    String orderStatus(UUID orderId) {
        return order(orderId).get("status").asString();
    }

    JsonNode order(UUID orderId) {
        return get(ShopService.ORDER, "/api/orders/" + orderId);
    }

    JsonNode history(UUID userId) {
        return get(ShopService.QUERY, "/api/users/" + userId + "/orders");
    }

    JsonNode get(ShopService service, String path) {
        return http.get().uri(shop.url(service) + path).retrieve().body(JsonNode.class);
    }

    private JsonNode post(ShopService service, String path, Object body) {
        return http.post().uri(shop.url(service) + path).body(body).retrieve().body(JsonNode.class);
    }

    private void put(ShopService service, String path, Object body) {
        http.put().uri(shop.url(service) + path).body(body).retrieve().toBodilessEntity();
    }

    record Answer(HttpStatusCode status, String location, JsonNode body) {
        UUID orderId() {
            return UUID.fromString(body.get("orderId").asString());
        }
    }
}
