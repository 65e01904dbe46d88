package dev.agora.shop.payment.charge;

import static dev.agora.shop.payment.charge.ShopEvents.processed;
import static dev.agora.shop.testing.ProblemAnswers.assertInvalidField;
import static dev.agora.shop.testing.ProblemAnswers.assertProblemTitled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.agora.shop.contracts.ShopLimits;
import dev.agora.shop.contracts.events.OrderExpired;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The synchronous charge the order service makes, against the real database and broker. */
class PaymentApiIT extends RunningPaymentService {

    @Test
    void aChargeIsCreatedReadableAndPublishedAsPaymentCreated() {
        var orderId = UUID.randomUUID();

        var result = PaymentCalls.charge(mvc, orderId, "19.99");

        assertThat(result).hasStatus(HttpStatus.CREATED);
        var paymentId = json.readTree(result.getResponse().getContentAsByteArray())
                .get("paymentId")
                .asString();
        assertThat(result).hasHeader("Location", "http://localhost/api/payments/" + paymentId);
        assertThat(shop.awaitEvent("payment.created", orderId)
                        .data()
                        .get("paymentId")
                        .asString())
                .isEqualTo(paymentId);
        assertThat(mvc.get().uri("/api/payments/{id}", paymentId)).bodyJson().isLenientlyEqualTo("""
                {"orderId": "%s", "amount": 19.99, "currency": "EUR", "status": "CAPTURED"}""".formatted(
                        orderId));
    }

    @Test
    void chargingTheSameOrderAgainReturnsItsPaymentWithoutChargingTwice() {
        var orderId = UUID.randomUUID();
        var first = PaymentCalls.charge(mvc, orderId, "19.99");

        var second = PaymentCalls.charge(mvc, orderId, "19.99");

        assertThat(second).hasStatusOk();
        assertThat(json.readTree(second.getResponse().getContentAsByteArray()))
                .isEqualTo(json.readTree(first.getResponse().getContentAsByteArray()));
        verify(provider, times(1)).charge(eq(orderId), any(), any());
    }

    @Test
    void concurrentChargesOfOneOrderChargeItOnce() throws Exception {
        SandboxControl.set(mvc, "300", 0);
        var orderId = UUID.randomUUID();

        List<Integer> statuses;
        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            var calls = IntStream.range(0, 5)
                    .mapToObj(i -> (Callable<Integer>) () -> PaymentCalls.charge(mvc, orderId, "19.99")
                            .getResponse()
                            .getStatus())
                    .toList();
            var answers = callers.invokeAll(calls);
            statuses = answers.stream().map(PaymentApiIT::get).toList();
        }

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        verify(provider, times(1)).charge(eq(orderId), any(), any());
    }

    @Test
    void aDeclinedChargeIs402AndPublishesNothing() {
        var orderId = UUID.randomUUID();

        assertProblemTitled(
                PaymentCalls.charge(mvc, orderId, "10.13"),
                HttpStatus.PAYMENT_REQUIRED,
                "Payment declined by the sandbox provider");
        var later = UUID.randomUUID();
        PaymentCalls.charge(mvc, later, "19.99");
        // the outbox relays in the order events were written: once the later charge is out, so would a decline be
        shop.awaitEvent("payment.created", later);
        assertThat(shop.paymentEvents(orderId)).isEmpty();
    }

    @Test
    void aProviderFailureIs503AndTheOrderCanBeChargedOnceTheProviderIsBack() {
        var orderId = UUID.randomUUID();
        SandboxControl.set(mvc, "0", 1.0);

        assertProblemTitled(
                PaymentCalls.charge(mvc, orderId, "19.99"),
                HttpStatus.SERVICE_UNAVAILABLE,
                "Payment provider sandbox failed; nothing was charged");

        SandboxControl.set(mvc, "0", 0);
        assertThat(PaymentCalls.charge(mvc, orderId, "19.99")).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void anOrderThatExpiredIsNotCharged() {
        var orderId = UUID.randomUUID();
        var expired = shop.send("order.expired", "order", new OrderExpired(orderId));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(servers.jdbc(), expired.uuid()));

        assertThat(PaymentCalls.charge(mvc, orderId, "19.99"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"title": "Order closed", "orderId": "%s"}""".formatted(orderId));
        verify(provider, times(0)).charge(eq(orderId), any(), any());
    }

    @Test
    void theLargestAmountIsChargedAndStoredToTheCent() {
        var orderId = UUID.randomUUID();

        assertThat(PaymentCalls.charge(mvc, orderId, ShopLimits.MAX_AMOUNT)).hasStatus(HttpStatus.CREATED);

        assertThat(mvc.get().uri("/api/payments").param("orderId", orderId.toString()))
                .bodyText()
                .contains("\"amount\":" + ShopLimits.MAX_AMOUNT + ",");
    }

    @Test
    void anAmountWithAHugeExponentIsRefusedBeforeTheProviderIsAsked() {
        var orderId = UUID.randomUUID();

        assertInvalidField(PaymentCalls.charge(mvc, orderId, "1E+200000"), "amount");
        verify(provider, times(0)).charge(eq(orderId), any(), any());
        assertThat(mvc.get().uri("/api/payments").param("orderId", orderId.toString()))
                .bodyJson()
                .isEqualTo("[]");
    }

    @Test
    void theOpenApiDocumentSaysThePaymentsGoThroughTheSandbox() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("payment-provider SANDBOX", "/api/payments", "/api/sandbox/settings");
    }

    private static Integer get(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
