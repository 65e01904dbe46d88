package dev.agora.demo;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.HistoryOrder;
import dev.agora.shop.contracts.api.OrderHistory;
import dev.agora.shop.contracts.api.OrderView;
import dev.agora.shop.contracts.api.PlaceOrderRequest;
import dev.agora.shop.testing.ShopService;
import dev.agora.shop.testing.ShopUrls;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Orders as a client places and reads them: the order service's API and the query service's history. */
final class OrderDesk {

    /**
     * The answer of {@code POST /api/orders}, whatever its status: the order, or a problem (RFC 9457).
     *
     * @param took how long the request took
     */
    record Answer(
            int status, @Nullable OrderView order, @Nullable Problem problem, Duration took) {

        OrderView placed() {
            return Objects.requireNonNull(order, "no order in the answer");
        }

        @Nullable
        UUID orderId() {
            return order != null ? order.orderId() : problem != null ? problem.orderId() : null;
        }

        /** The answer in a line: {@code 202 PENDING}, or {@code 503 Payment unavailable: …}. */
        String describe() {
            if (order != null) return status + " " + order.status();
            if (problem == null) return String.valueOf(status);
            var title = problem.title();
            var detail = problem.detail();
            return status
                    + (title == null || title.isEmpty() ? "" : " " + title)
                    + (detail == null || detail.isEmpty() ? "" : ": " + detail);
        }
    }

    private final ShopUrls shop;
    private final RestClient http;
    private final JsonMapper json;

    OrderDesk(ShopUrls shop, RestClient http, JsonMapper json) {
        this.shop = shop;
        this.http = http;
        this.json = json;
    }

    Answer place(UUID userId, UUID productId, int quantity, OrderMode mode) {
        var order = new PlaceOrderRequest(userId, List.of(new OrderLine(productId, quantity)), mode);
        long started = System.nanoTime();
        return http.post()
                .uri(shop.url(ShopService.ORDER) + "/api/orders")
                .body(order)
                .exchange((request, response) -> {
                    var body = response.bodyTo(JsonNode.class);
                    var took = Duration.ofNanos(System.nanoTime() - started);
                    int status = response.getStatusCode().value();
                    if (body == null || !body.isObject()) return new Answer(status, null, null, took);
                    return response.getStatusCode().is2xxSuccessful()
                            ? new Answer(status, json.treeToValue(body, OrderView.class), null, took)
                            : new Answer(status, null, json.treeToValue(body, Problem.class), took);
                });
    }

    OrderView order(UUID orderId) {
        return Objects.requireNonNull(http.get()
                .uri(shop.url(ShopService.ORDER) + "/api/orders/" + orderId)
                .retrieve()
                .body(OrderView.class));
    }

    /** The user's orders, newest first, from the query service's read model. */
    List<HistoryOrder> history(UUID userId) {
        var page = http.get()
                .uri(shop.url(ShopService.QUERY) + "/api/users/" + userId + "/orders?size=100")
                .retrieve()
                .body(OrderHistory.class);
        return page == null ? List.of() : page.orders();
    }
}
