package dev.agora.shop.inventory.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.agora.shop.inventory.RunningInventoryService;
import dev.agora.shop.testing.OperatorCaller;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.JsonNode;

/** Stock is never oversold nor negative, however many reservations arrive at once over HTTP. */
class ConcurrentReservationIT extends RunningInventoryService {

    @LocalServerPort
    int port;

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void twoHundredConcurrentOrdersForFiftyInStockConfirmExactlyFifty() throws Exception {
        var product = stockroom.productWithStock(50);

        var statuses = concurrently(200, i -> reserve(UUID.randomUUID(), line(product, 1)));

        assertThat(statuses).containsOnlyKeys(201, 409).containsEntry(201, 50L).containsEntry(409, 150L);
        assertThat(stockroom.available(product)).isZero();
        assertThat(stockroom.reserved(product)).isEqualTo(50);
        assertThat(reservedInTable(product)).isEqualTo(50);
        await().atMost(Duration.ofSeconds(30)).until(() -> takenOf(product).size() == 50);
        assertThat(takenOf(product))
                .extracting(data -> data.at("/payload/available").asInt())
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, 50).boxed().toList());
    }

    @Test
    void ordersSharingProductsInEitherLineOrderNeitherDeadlockNorOversell() throws Exception {
        var lamp = stockroom.productWithStock(30);
        var desk = stockroom.productWithStock(30);

        var statuses = concurrently(
                100,
                i -> reserve(
                        UUID.randomUUID(),
                        i % 2 == 0 ? line(lamp, 1) + "," + line(desk, 1) : line(desk, 1) + "," + line(lamp, 1)));

        assertThat(statuses).containsOnlyKeys(201, 409).containsEntry(201, 30L);
        assertThat(stockroom.available(lamp)).isZero();
        assertThat(stockroom.available(desk)).isZero();
    }

    @Test
    void theSameOrderReservedConcurrentlyTakesItsStockOnce() throws Exception {
        var product = stockroom.productWithStock(10);
        var order = UUID.randomUUID();

        var statuses = concurrently(20, i -> reserve(order, line(product, 3)));

        assertThat(statuses).containsEntry(201, 1L).containsEntry(200, 19L);
        assertThat(stockroom.available(product)).isEqualTo(7);
    }

    @Test
    void reservationOfSeveralLinesTakesAllOrNothing() throws Exception {
        var plenty = stockroom.productWithStock(10);
        var scarce = stockroom.productWithStock(1);
        var order = UUID.randomUUID();

        var response = post(order, line(plenty, 5) + "," + line(scarce, 2));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json.readTree(response.body()).get("productId").asString()).isEqualTo(scarce.toString());
        assertThat(stockroom.available(plenty)).isEqualTo(10);
        assertThat(stockroom.available(scarce)).isEqualTo(1);
        http.get()
                .uri("/api/reservations/{id}", order)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void releasingGivesTheStockBackOnceAndReleasingAnUnknownOrderIsNotFoundAndWritesNothing() throws Exception {
        var product = stockroom.productWithStock(5);
        var order = UUID.randomUUID();
        assertThat(post(order, line(product, 2)).statusCode()).isEqualTo(201);

        http.delete()
                .uri("/api/reservations/{id}", order)
                .exchange()
                .expectStatus()
                .isNoContent();
        http.delete()
                .uri("/api/reservations/{id}", order)
                .exchange()
                .expectStatus()
                .isNoContent();
        var unknown = UUID.randomUUID();
        http.delete()
                .uri("/api/reservations/{id}", unknown)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.orderId")
                .isEqualTo(unknown.toString());
        http.get()
                .uri("/api/reservations/{id}", unknown)
                .exchange()
                .expectStatus()
                .isNotFound();

        assertThat(stockroom.available(product)).isEqualTo(5);
        assertThat(stockroom.reserved(product)).isZero();
        http.get()
                .uri("/api/reservations/{id}", order)
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("RELEASED");
    }

    @Test
    void theTableItselfRefusesNegativeStock() {
        var product = stockroom.productWithStock(1);

        assertThatThrownBy(() -> servers.jdbc()
                        .update("UPDATE stock SET available = available - 2 WHERE product_id = ?", product))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("stock_available_not_negative");
    }

    /** Runs the calls on as many virtual threads at once; counts the answers by status. */
    private static Map<Integer, Long> concurrently(int calls, Function<Integer, Integer> call) throws Exception {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Callable<Integer>> tasks = IntStream.range(0, calls)
                    .<Callable<Integer>>mapToObj(i -> () -> call.apply(i))
                    .toList();
            List<Integer> statuses = threads.invokeAll(tasks).stream()
                    .map(ConcurrentReservationIT::resultOf)
                    .toList();
            return statuses.stream().collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        }
    }

    private static Integer resultOf(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int reserve(UUID order, String lines) {
        try {
            return post(order, lines).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(UUID order, String lines) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reservations"))
                .header("Authorization", OperatorCaller.AUTHORIZATION)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"orderId\": \"" + order + "\", \"lines\": [" + lines + "]}"))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String line(UUID product, int quantity) {
        return "{\"productId\": \"" + product + "\", \"quantity\": " + quantity + "}";
    }

    /** The inventory.updated messages of units taken from the product. */
    private List<JsonNode> takenOf(UUID product) {
        return traffic.published(
                "inventory.updated",
                data -> data.get("productId").asString().equals(product.toString())
                        && data.at("/payload/quantity").asInt() < 0);
    }

    private int reservedInTable(UUID product) {
        return servers.jdbc()
                .queryForObject(
                        "SELECT coalesce(sum(l.quantity), 0) FROM reservation_line l JOIN reservation r USING (order_id)"
                                + " WHERE l.product_id = ? AND r.status = 'RESERVED'",
                        Integer.class,
                        product);
    }
}
