package dev.agora.shop.testing;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The shop's set-up calls over HTTP, as any client makes them: users, products, prices, stock, the sandbox. */
public final class ShopApi {

    private final RunningShop shop;
    private final RestClient http;

    public ShopApi(RunningShop shop, RestClient http) {
        this.shop = shop;
        this.http = http;
    }

    public UUID createUser(String name, String country) {
        var user = post(
                ShopService.USER,
                "/api/users",
                Map.of("name", name, "email", name + "-" + UUID.randomUUID() + "@example.org", "country", country));
        return UUID.fromString(user.get("userId").asString());
    }

    public UUID createProduct(String name, String category) {
        var product = post(
                ShopService.PRODUCT,
                "/api/products",
                Map.of("name", name, "description", name + ", made by a test", "category", category));
        return UUID.fromString(product.get("productId").asString());
    }

    public void setPrice(UUID productId, BigDecimal unitPrice) {
        put(ShopService.PRICING, "/api/prices/" + productId, Map.of("unitPrice", unitPrice, "currency", "EUR"));
    }

    /** Fails until inventory has heard of the product through {@code product.created}. */
    public void setStock(UUID productId, int available) {
        put(ShopService.INVENTORY, "/api/stock/" + productId, Map.of("available", available));
    }

    public int stock(UUID productId) {
        return get(ShopService.INVENTORY, "/api/stock/" + productId)
                .get("available")
                .asInt();
    }

    /** The payment-provider sandbox's behaviour from now on. */
    public void sandbox(Duration latency, double failureRate) {
        put(
                ShopService.PAYMENT,
                "/api/sandbox/settings",
                Map.of("latency", latency.toString(), "failureRate", failureRate));
    }

    public JsonNode get(ShopService service, String path) {
        return http.get().uri(shop.url(service) + path).retrieve().body(JsonNode.class);
    }

    private JsonNode post(ShopService service, String path, Object body) {
        return http.post().uri(shop.url(service) + path).body(body).retrieve().body(JsonNode.class);
    }

    private void put(ShopService service, String path, Object body) {
        http.put().uri(shop.url(service) + path).body(body).retrieve().toBodilessEntity();
    }
}
