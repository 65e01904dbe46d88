package dev.agora.shop.order.saga;

import static dev.agora.shop.order.ShopEvents.processed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.PricedLine;
import dev.agora.shop.contracts.events.OrderPriced;
import dev.agora.shop.contracts.events.PaymentCreated;
import dev.agora.shop.contracts.events.StockReserved;
import dev.agora.shop.order.OrderApi;
import dev.agora.shop.order.ShopEvents;
import dev.agora.shop.testing.SharedAuth;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payment deadline, a delayed event through the broker, with a payment timeout of eight seconds: short for a
 * test, long enough that a loaded machine still pays in time the order that is meant to be paid in time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "agora.shop.order.payment-timeout=8s")
@Import(ShopEvents.class)
@DirtiesContext
class PaymentDeadlineIT {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    @DynamicPropertySource
    static void auth(DynamicPropertyRegistry registry) {
        SharedAuth.register(registry, "order");
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ShopEvents shop;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    private OrderApi api;
    private final UUID user = UUID.randomUUID();
    private final UUID book = UUID.randomUUID();

    @BeforeEach
    void client() {
        api = new OrderApi(port, json, SharedAuth.get().operator());
    }

    @Test
    void anOrderNotPaidInTimeExpiresAndIsAnnounced() {
        var placedAt = System.nanoTime();
        var orderId = api.orderIdOf(api.place(body(), null));
        shop.publish("stock.reserved", new StockReserved(orderId, List.of(new OrderLine(book, 1))), "inventory");

        await().atMost(WAIT).until(() -> api.statusOf(orderId).equals("EXPIRED"));

        assertThat(Duration.ofNanos(System.nanoTime() - placedAt)).isGreaterThanOrEqualTo(Duration.ofMillis(7900));
        var order = api.order(orderId);
        assertThat(order.get("reason").asString()).isEqualTo("not paid within PT8S");
        assertThat(order.get("timeline").findValuesAsString("status"))
                .containsExactly("PENDING", "STOCK_RESERVED", "EXPIRED");
        await().atMost(WAIT).until(() -> shop.namesAbout(orderId).contains("order.expired"));
    }

    @Test
    void aPaymentAfterTheDeadlineKeepsTheOrderExpired() {
        var orderId = api.orderIdOf(api.place(body(), null));
        await().atMost(WAIT).until(() -> api.statusOf(orderId).equals("EXPIRED"));

        var priced = shop.publish("order.priced", priced(orderId), "pricing");
        var paid = shop.publish(
                "payment.created",
                new PaymentCreated(UUID.randomUUID(), orderId, new BigDecimal("12.00"), "EUR", "late"),
                "payment");

        await().atMost(WAIT).until(() -> processed(servers.jdbc(), priced) && processed(servers.jdbc(), paid));
        assertThat(api.statusOf(orderId)).isEqualTo("EXPIRED");
        assertThat(shop.namesAbout(orderId)).containsExactly("order.created", "order.expired");
    }

    @Test
    void anOrderPaidInTimeNeverExpires() {
        var orderId = api.orderIdOf(api.place(body(), null));
        shop.publish("order.priced", priced(orderId), "pricing");
        shop.publish(
                "payment.created",
                new PaymentCreated(UUID.randomUUID(), orderId, new BigDecimal("12.00"), "EUR", "in-time"),
                "payment");
        await().atMost(WAIT).until(() -> api.statusOf(orderId).equals("CONFIRMED"));

        await().atMost(WAIT).until(() -> deadlineHandled(orderId));
        assertThat(api.statusOf(orderId)).isEqualTo("CONFIRMED");
        assertThat(shop.namesAbout(orderId)).containsExactly("order.created", "order.confirmed");
    }

    /** The order's deadline came back and was handled: the inbox holds the id its timer left the outbox with. */
    private static boolean deadlineHandled(UUID orderId) {
        return Boolean.TRUE.equals(servers.jdbc().queryForObject("""
                SELECT EXISTS (SELECT 1 FROM agora_outbox o JOIN agora_inbox i ON i.message_id = o.message_id
                               WHERE o.event_name = 'payment.deadline.reached'
                                 AND convert_from(o.body, 'UTF8') LIKE ?)""", Boolean.class, "%" + orderId + "%"));
    }

    private String body() {
        return """
                {"userId": "%s", "lines": [{"productId": "%s", "quantity": 1}]}""".formatted(user, book);
    }

    private OrderPriced priced(UUID orderId) {
        var price = new BigDecimal("10.00");
        var tax = new BigDecimal("2.00");
        var total = new BigDecimal("12.00");
        return new OrderPriced(
                orderId,
                user,
                List.of(new PricedLine(book, 1, price, new BigDecimal("0.20"), tax, total)),
                price,
                tax,
                total,
                "EUR");
    }
}
