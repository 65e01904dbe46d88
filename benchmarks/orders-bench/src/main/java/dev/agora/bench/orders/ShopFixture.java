package dev.agora.bench.orders;

import dev.agora.shop.testing.RunningShop;
import dev.agora.shop.testing.ShopApi;
import dev.agora.shop.testing.ShopService;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Users and products with prices and plenty of stock, made through the services' APIs like any client would. */
final class ShopFixture {

    private static final List<String> COUNTRIES = List.of("FR", "DE", "ES", "IT");
    private static final List<String> CATEGORIES = List.of("books", "electronics", "food", "toys");

    private final RunningShop shop;
    private final RestClient http;
    private final ShopApi api;
    private final List<UUID> users = new ArrayList<>();
    private final List<UUID> products = new ArrayList<>();

    ShopFixture(RunningShop shop, RestClient http) {
        this.shop = shop;
        this.http = http;
        this.api = new ShopApi(shop, http);
    }

    void create(int userCount, int productCount, int stockEach) throws InterruptedException {
        for (int i = 0; i < userCount; i++) {
            users.add(api.createUser("buyer-" + i, COUNTRIES.get(i % COUNTRIES.size())));
        }
        for (int i = 0; i < productCount; i++) {
            var productId = api.createProduct("product " + i, CATEGORIES.get(i % CATEGORIES.size()));
            api.setPrice(productId, BigDecimal.valueOf(10 + i * 4L));
            products.add(productId);
        }
        for (var productId : products) {
            retry(() -> api.setStock(productId, stockEach));
        }
        // pricing learns users and products from events: a quote for each proves the copies arrived
        for (var userId : users) {
            retry(() -> http.post()
                    .uri(shop.url(ShopService.PRICING) + "/api/quotes")
                    .body(Map.of(
                            "userId", userId, "lines", List.of(Map.of("productId", products.getLast(), "quantity", 1))))
                    .retrieve()
                    .toBodilessEntity());
        }
    }

    Map<String, Object> randomOrder(String mode) {
        var random = ThreadLocalRandom.current();
        return Map.of(
                "userId", users.get(random.nextInt(users.size())),
                "lines", List.of(Map.of("productId", products.get(random.nextInt(products.size())), "quantity", 1)),
                "mode", mode);
    }

    /** The copies other services keep arrive by events, a moment after the call that caused them. */
    private static void retry(Runnable call) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                call.run();
                return;
            } catch (RestClientException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }
}
