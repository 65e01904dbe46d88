package dev.agora.shop.e2e;

import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.testing.RunningShop;
import dev.agora.shop.testing.ShopApi;
import dev.agora.shop.testing.ShopService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Orders as a client places and follows them over HTTP, in the words of the tests. */
public final class ShopClient {

    private final RunningShop shop;
    private final RestClient http;
    private final ShopApi api;

    public ShopClient(RunningShop shop, RestClient http) {
        this.shop = shop;
        this.http = http;
        this.api = new ShopApi(shop, http);
    }

    /** The answer of {@code POST /api/orders}, whatever its status. */
    public Answer placeOrder(UUID userId, UUID productId, int quantity, String mode) {
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

    /**
     * Places {@code count} orders with at most {@code concurrency} in flight at once, as that many shoppers
     * clicking "buy" together would; returns every answer.
     */
    List<Answer> placeConcurrently(int count, int concurrency, Supplier<Answer> order) {
        var gate = new Semaphore(concurrency);
        var answers = new ArrayList<Future<Answer>>();
        try (var shoppers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                answers.add(shoppers.submit(() -> {
                    gate.acquire();
                    try {
                        return order.get();
                    } finally {
                        gate.release();
                    }
                }));
            }
        }
        return answers.stream().map(Future::resultNow).toList();
    }

    public OrderStatus orderStatus(UUID orderId) {
        return OrderStatus.valueOf(order(orderId).get("status").asString());
    }

    JsonNode order(UUID orderId) {
        return api.get(ShopService.ORDER, "/api/orders/" + orderId);
    }

    JsonNode history(UUID userId) {
        return api.get(ShopService.QUERY, "/api/users/" + userId + "/orders");
    }

    public record Answer(HttpStatusCode status, String location, JsonNode body) {
        public UUID orderId() {
            return UUID.fromString(body.get("orderId").asString());
        }
    }
}
