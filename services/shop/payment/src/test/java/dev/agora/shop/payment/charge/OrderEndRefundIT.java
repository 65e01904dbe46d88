package dev.agora.shop.payment.charge;

import static dev.agora.shop.payment.charge.ShopEvents.priced;
import static dev.agora.shop.payment.charge.ShopEvents.processed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.agora.shop.contracts.events.OrderCancelled;
import dev.agora.shop.contracts.events.OrderExpired;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Orders that end (order.cancelled, order.expired) keep no money, whichever comes first: the end or the charge. */
class OrderEndRefundIT extends RunningPaymentService {

    @Test
    void anOrderThatExpiresAfterItsPaymentGetsItRefunded() {
        var orderId = UUID.randomUUID();
        shop.send("order.priced", "pricing", priced(orderId, "42.50"));
        var created = shop.awaitEvent("payment.created", orderId);

        shop.send("order.expired", "order", new OrderExpired(orderId));

        var refunded = shop.awaitEvent("payment.refunded", orderId);
        assertThat(refunded.data().get("paymentId")).isEqualTo(created.data().get("paymentId"));
        assertThat(refunded.data().get("amount").decimalValue()).isEqualByComparingTo("42.50");
        verify(provider).refund(created.data().get("providerReference").asString());
        assertThat(mvc.get().uri("/api/payments").param("orderId", orderId.toString()))
                .bodyJson()
                .extractingPath("$[0].status")
                .isEqualTo("REFUNDED");
    }

    @Test
    void anOrderPricedAsItExpiresKeepsNoMoneyWhicheverIsHandledFirst() {
        var orderId = UUID.randomUUID();
        var expired = shop.send("order.expired", "order", new OrderExpired(orderId));

        var late = shop.send("order.priced", "pricing", priced(orderId, "42.50"));

        // competing consumers handle the two in either order: expiry first, nothing is charged (no payment row,
        // so no charge can start later); priced first, the charge completes and is refunded
        await().atMost(Duration.ofSeconds(30))
                .until(() -> processed(servers.jdbc(), expired.uuid()) && processed(servers.jdbc(), late.uuid()));
        if (statusOf(orderId).isEmpty()) {
            assertThat(shop.paymentEvents(orderId)).isEmpty();
            verify(provider, never()).charge(eq(orderId), any(), any());
            assertThat(mvc.get().uri("/api/payments").param("orderId", orderId.toString()))
                    .bodyJson()
                    .isEqualTo("[]");
        } else {
            var created = shop.awaitEvent("payment.created", orderId);
            shop.awaitEvent("payment.refunded", orderId);
            assertThat(shop.paymentEventNames(orderId)).containsExactly("payment.created", "payment.refunded");
            verify(provider).refund(created.data().get("providerReference").asString());
            await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(orderId).equals(List.of("REFUNDED")));
        }
    }

    @Test
    void anOrderCancelledWhileTheProviderChargesIsRefundedAsSoonAsTheChargeCompletes() {
        SandboxControl.set(mvc, "PT1S", 0);
        var orderId = UUID.randomUUID();
        shop.send("order.priced", "pricing", priced(orderId, "42.50"));
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(orderId).equals(List.of("CHARGING")));

        var cancelled = shop.send("order.cancelled", "order", new OrderCancelled(orderId, "changed their mind"));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(servers.jdbc(), cancelled.uuid()));

        shop.awaitEvent("payment.refunded", orderId);
        assertThat(shop.paymentEventNames(orderId)).containsExactly("payment.created", "payment.refunded");
        assertThat(statusOf(orderId)).containsExactly("REFUNDED");
    }

    @Test
    void cancellingAnOrderWhosePaymentFailedRefundsNothing() {
        SandboxControl.set(mvc, "0", 1.0);
        var orderId = UUID.randomUUID();
        shop.send("order.priced", "pricing", priced(orderId, "42.50"));
        shop.awaitEvent("payment.failed", orderId);

        var cancelled = shop.send("order.cancelled", "order", new OrderCancelled(orderId, "payment failed"));

        await().atMost(Duration.ofSeconds(30)).until(() -> processed(servers.jdbc(), cancelled.uuid()));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(10))
                .until(() -> shop.paymentEventNames(orderId).equals(List.of("payment.failed")));
        verify(provider, never()).refund(anyString());
    }
}
