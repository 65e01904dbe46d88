package dev.agora.shop.payment.charge;

import static dev.agora.shop.testing.ProblemAnswers.assertProblemTitled;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The synchronous refund the order service asks for when an order fails after its charge. */
class RefundApiIT extends RunningPaymentService {

    @Test
    void aCapturedPaymentIsRefundedAtOnceAndPublishedAsPaymentRefunded() {
        var orderId = UUID.randomUUID();
        assertThat(PaymentCalls.charge(mvc, orderId, "19.99")).hasStatus(HttpStatus.CREATED);

        assertThat(PaymentCalls.refund(mvc, orderId)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"orderId": "%s", "amount": 19.99, "status": "REFUNDED"}""".formatted(
                        orderId));

        assertThat(shop.awaitEvent("payment.refunded", orderId)
                        .data()
                        .get("amount")
                        .decimalValue())
                .isEqualByComparingTo("19.99");
    }

    @Test
    void refundingAgainAnswersTheRefundedPaymentAndRefundsNothingMore() {
        var orderId = UUID.randomUUID();
        PaymentCalls.charge(mvc, orderId, "19.99");
        var first = PaymentCalls.refund(mvc, orderId);

        var again = PaymentCalls.refund(mvc, orderId);

        assertThat(again).hasStatusOk();
        assertThat(json.readTree(again.getResponse().getContentAsByteArray()))
                .isEqualTo(json.readTree(first.getResponse().getContentAsByteArray()));
        verify(provider, times(1)).refund(any());
    }

    @Test
    void anOrderThatTookNoMoneyIs204AndIsNeverChargedAfterwards() {
        var orderId = UUID.randomUUID();

        assertThat(PaymentCalls.refund(mvc, orderId)).hasStatus(HttpStatus.NO_CONTENT);

        assertProblemTitled(PaymentCalls.charge(mvc, orderId, "19.99"), HttpStatus.CONFLICT, "Order closed");
        verify(provider, times(0)).charge(eq(orderId), any(), any());
    }

    @Test
    void aChargeUnderWayWhenTheRefundComesIsRefundedAsSoonAsItLands() {
        var orderId = UUID.randomUUID();
        var providerAnswers = new CountDownLatch(1);
        doAnswer(call -> {
                    providerAnswers.await();
                    return call.callRealMethod();
                })
                .when(provider)
                .charge(eq(orderId), any(), any());
        var charging = CompletableFuture.supplyAsync(() -> PaymentCalls.charge(mvc, orderId, "19.99"));
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(orderId).equals(List.of("CHARGING")));

        assertThat(PaymentCalls.refund(mvc, orderId)).hasStatus(HttpStatus.NO_CONTENT);
        providerAnswers.countDown();

        assertThat(charging.join()).hasStatus(HttpStatus.CONFLICT);
        shop.awaitEvent("payment.refunded", orderId);
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(orderId).equals(List.of("REFUNDED")));
    }

    @Test
    void aRefundTheProviderDoesNotConfirmIs503AndStaysDueUntilItIsGiven() {
        var orderId = UUID.randomUUID();
        PaymentCalls.charge(mvc, orderId, "19.99");
        SandboxControl.set(mvc, "0", 1.0);

        assertProblemTitled(PaymentCalls.refund(mvc, orderId), HttpStatus.SERVICE_UNAVAILABLE, "Refund pending");
        assertThat(statusOf(orderId)).containsExactly("REFUNDING");

        SandboxControl.set(mvc, "0", 0);
        assertThat(PaymentCalls.refund(mvc, orderId))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("REFUNDED");
    }
}
