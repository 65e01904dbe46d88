package dev.agora.shop.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.e2e.ShopClient;
import dev.agora.shop.testing.ShopApi;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * Good orders placed between the bad requests, sync and async in turn, one of a product with a price and stock,
 * each ended before the next bad request: the bad requests may change what orders depend on (the sandbox's
 * settings among them), so the sandbox is made prompt again before each one.
 */
final class GoodOrders {

    private static final int STOCK = 1_000;

    private final ShopClient client;
    private final ShopApi api;
    private final UUID shopper;
    private final UUID product;
    private final List<ShopClient.Answer> sync = new ArrayList<>();
    private final List<ShopClient.Answer> async = new ArrayList<>();

    private GoodOrders(ShopClient client, ShopApi api, UUID shopper, UUID product) {
        this.client = client;
        this.api = api;
        this.shopper = shopper;
        this.product = product;
    }

    static GoodOrders stocked(ShopClient client, ShopApi api) {
        var shopper = api.createUser("fuzz-shopper", "FR");
        var product = api.createProduct("Fuzzed edition", "books");
        api.setPrice(product, new BigDecimal("10.00"));
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> api.setStock(product, STOCK));
        return new GoodOrders(client, api, shopper, product);
    }

    /** Places the next order, sync and async in turn; an async one is followed until it has ended. */
    void placeOne() {
        api.sandbox(ShopApi.Sandbox.PROMPT);
        if (sync.size() <= async.size()) {
            sync.add(client.placeOrder(shopper, product, 1, "SYNC"));
        } else {
            var answer = client.placeOrder(shopper, product, 1, "ASYNC");
            async.add(answer);
            if (answer.status().value() == HttpStatus.ACCEPTED.value()) {
                await().atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> client.orderStatus(answer.orderId()), OrderStatus::isFinal);
            }
        }
    }

    int placed() {
        return sync.size() + async.size();
    }

    void assertEndedAsExpected() {
        assertThat(sync).allSatisfy(answer -> {
            assertThat(answer.status().value()).as(answer.body().toString()).isEqualTo(201);
            assertThat(answer.body().get("status").asString()).isEqualTo("CONFIRMED");
        });
        assertThat(async).allSatisfy(answer -> {
            assertThat(answer.status().value()).as(answer.body().toString()).isEqualTo(202);
            assertThat(client.orderStatus(answer.orderId())).isEqualTo(OrderStatus.CONFIRMED);
        });
        assertThat(api.stock(product)).isEqualTo(STOCK - placed());
    }
}
