package dev.agora.shop.testing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The shop's set-up calls over HTTP, as any client makes them: users, products, prices, stock, quotes, the sandbox.
 * Works against any shop whose services' URLs are known: a {@link RunningShop}, or a platform that is already up.
 */
public final class ShopApi {

    /** How long pricing may take to hear of a new product. */
    public static final Duration PRICING_PATIENCE = Duration.ofSeconds(30);

    private final ShopUrls shop;
    private final RestClient http;

    public ShopApi(ShopUrls shop, RestClient http) {
        this.shop = shop;
        this.http = http;
    }

    /** A user with a made-up, unique e-mail address. */
    public UUID createUser(String name, String country) {
        return createUser(name, name + "-" + UUID.randomUUID() + "@example.org", country);
    }

    public UUID createUser(String name, String email, String country) {
        var user = post(ShopService.USER, "/api/users", Map.of("name", name, "email", email, "country", country));
        return UUID.fromString(user.get("userId").asString());
    }

    /** A user who signs in with the e-mail address and this password: the user service makes the account. */
    public UUID createUser(String name, String email, String country, String password) {
        var user = post(
                ShopService.USER,
                "/api/users",
                Map.of("name", name, "email", email, "country", country, "password", password));
        return UUID.fromString(user.get("userId").asString());
    }

    public UUID createProduct(String name, String category) {
        return createProduct(name, name + ", made by a test", category);
    }

    public UUID createProduct(String name, String description, String category) {
        var product = post(
                ShopService.PRODUCT,
                "/api/products",
                Map.of("name", name, "description", description, "category", category));
        return UUID.fromString(product.get("productId").asString());
    }

    /** Waits, up to {@link #PRICING_PATIENCE}, until pricing has heard of the product through product.created. */
    public void setPrice(UUID productId, BigDecimal unitPrice) {
        var deadline = Instant.now().plus(PRICING_PATIENCE);
        while (true) {
            try {
                put(ShopService.PRICING, "/api/prices/" + productId, Map.of("unitPrice", unitPrice, "currency", "EUR"));
                return;
            } catch (HttpClientErrorException.NotFound unknownYet) {
                if (Instant.now().isAfter(deadline)) throw unknownYet;
                pause();
            }
        }
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

    /**
     * What pricing would charge this user for one line ({@code total}, {@code tax}, …). Fails until pricing has
     * heard of the user and the product through their events.
     */
    public JsonNode quote(UUID userId, UUID productId, int quantity) {
        return post(
                ShopService.PRICING,
                "/api/quotes",
                Map.of("userId", userId, "lines", List.of(Map.of("productId", productId, "quantity", quantity))));
    }

    /** The payment-provider sandbox's behaviour from now on. */
    public void sandbox(Duration latency, double failureRate) {
        put(
                ShopService.PAYMENT,
                "/api/sandbox/settings",
                Map.of("latency", latency.toString(), "failureRate", failureRate));
    }

    public void sandbox(Sandbox settings) {
        sandbox(settings.latency(), settings.failureRate());
    }

    /** The payment-provider sandbox's behaviour now. */
    public Sandbox sandbox() {
        var settings = get(ShopService.PAYMENT, "/api/sandbox/settings");
        return new Sandbox(
                Duration.parse(settings.get("latency").asString()),
                settings.get("failureRate").asDouble());
    }

    public JsonNode get(ShopService service, String path) {
        return http.get().uri(shop.url(service) + path).retrieve().body(JsonNode.class);
    }

    private JsonNode post(ShopService service, String path, Object body) {
        return http.post().uri(shop.url(service) + path).body(body).retrieve().body(JsonNode.class);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for pricing", interrupted);
        }
    }

    private void put(ShopService service, String path, Object body) {
        http.put().uri(shop.url(service) + path).body(body).retrieve().toBodilessEntity();
    }

    /**
     * The payment-provider sandbox's settings that can be changed.
     *
     * @param latency how long every charge and refund takes
     * @param failureRate the share of calls, 0 to 1, failing with a provider error
     */
    public record Sandbox(Duration latency, double failureRate) {

        /** A provider that answers at once and never fails. */
        public static final Sandbox PROMPT = new Sandbox(Duration.ZERO, 0);
    }
}
