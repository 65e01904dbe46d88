package dev.agora.shop.payment.charge;

import static dev.agora.shop.payment.charge.ShopEvents.priced;
import static dev.agora.shop.payment.charge.ShopEvents.processed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The saga's payment step against the real broker and database: order.priced in, payment.* out. */
class SagaPaymentIT extends RunningPaymentService {

    @Test
    void aPricedOrderIsChargedAndPublishedAsPaymentCreated() {
        var orderId = UUID.randomUUID();

        shop.send("order.priced", "pricing", priced(orderId, "42.50"));

        var created = shop.awaitEvent("payment.created", orderId);
        assertThat(created.senderId()).isEqualTo("payment");
        assertThat(created.data().get("amount").decimalValue()).isEqualByComparingTo("42.50");
        assertThat(created.data().get("currency").asString()).isEqualTo("EUR");
        assertThat(created.data().get("providerReference").asString()).startsWith("sandbox_");
        assertThat(mvc.get().uri("/api/payments").param("orderId", orderId.toString()))
                .bodyJson()
                .extractingPath("$[0].paymentId")
                .isEqualTo(created.data().get("paymentId").asString());
    }

    @Test
    void withAFailureRateOfOneTheOrderGetsPaymentFailedNamingTheSandbox() {
        SandboxControl.set(mvc, "0", 1.0);
        var orderId = UUID.randomUUID();

        shop.send("order.priced", "pricing", priced(orderId, "42.50"));

        var failed = shop.awaitEvent("payment.failed", orderId);
        assertThat(failed.data().get("reason").asString()).contains("sandbox provider error");
        assertThat(shop.paymentEventNames(orderId)).containsExactly("payment.failed");
    }

    @Test
    void aDeclinedAmountGetsPaymentFailedWithTheDecline() {
        var orderId = UUID.randomUUID();

        shop.send("order.priced", "pricing", priced(orderId, "10.13"));

        assertThat(shop.awaitEvent("payment.failed", orderId)
                        .data()
                        .get("reason")
                        .asString())
                .contains("declined by the sandbox provider");
    }

    @Test
    void theSameOrderPricedDeliveredTwiceChargesOnce() {
        var orderId = UUID.randomUUID();

        var first = shop.send("order.priced", "pricing", priced(orderId, "42.50"));
        shop.send(first); // redelivered: the same event
        var again = shop.send("order.priced", "pricing", priced(orderId, "42.50")); // published again: a new event

        shop.awaitEvent("payment.created", orderId);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> processed(servers.jdbc(), first.uuid()) && processed(servers.jdbc(), again.uuid()));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(10))
                .until(() -> shop.paymentEventNames(orderId).equals(List.of("payment.created")));
        verify(provider, times(1)).charge(eq(orderId), any(), any());
    }

    @Test
    void manyOrdersWaitOutTheProviderLatencyAtTheSameTime() {
        SandboxControl.set(mvc, "500", 0);
        var orders = Stream.generate(UUID::randomUUID).limit(20).toList();
        // each call waits until all 20 are waiting: made one after the other, the first would wait alone in vain
        var waiting = new CountDownLatch(orders.size());
        var allWaitedTogether = new AtomicBoolean(true);
        doAnswer(call -> {
                    waiting.countDown();
                    if (!waiting.await(30, TimeUnit.SECONDS)) allWaitedTogether.set(false);
                    return call.callRealMethod();
                })
                .when(provider)
                .charge(any(), any(), any());

        orders.forEach(orderId -> shop.send("order.priced", "pricing", priced(orderId, "10.00")));
        orders.forEach(orderId -> shop.awaitEvent("payment.created", orderId));

        assertThat(allWaitedTogether).isTrue();
    }
}
