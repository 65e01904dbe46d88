package dev.agora.shop.payment.charge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.payment.provider.PaymentProvider;
import dev.agora.shop.testing.OperatorCaller;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** The synchronous refund the order service asks for when an order fails after its charge. */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@Import(OperatorCaller.class)
class RefundApiIT {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvcTester mvc;

    @MockitoSpyBean
    PaymentProvider provider;

    private ShopTraffic shop;

    @BeforeEach
    void start() {
        shop = new ShopTraffic(rabbit, json, servers.broker());
        shop.start();
        SandboxControl.set(mvc, "0", 0);
    }

    @Test
    void aCapturedPaymentIsRefundedAtOnceAndPublishedAsPaymentRefunded() {
        var orderId = UUID.randomUUID();
        assertThat(charge(orderId)).hasStatus(HttpStatus.CREATED);

        assertThat(refund(orderId)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"orderId": "%s", "amount": 19.99, "status": "REFUNDED"}""".formatted(orderId));

        assertThat(shop.awaitEvent("payment.refunded", orderId)
                        .data()
                        .get("amount")
                        .decimalValue())
                .isEqualByComparingTo("19.99");
    }

    @Test
    void refundingAgainAnswersTheRefundedPaymentAndRefundsNothingMore() {
        var orderId = UUID.randomUUID();
        charge(orderId);
        var first = refund(orderId);

        var again = refund(orderId);

        assertThat(again).hasStatusOk();
        assertThat(json.readTree(again.getResponse().getContentAsByteArray()))
                .isEqualTo(json.readTree(first.getResponse().getContentAsByteArray()));
        verify(provider, times(1)).refund(any());
    }

    @Test
    void anOrderThatTookNoMoneyIs204AndIsNeverChargedAfterwards() {
        var orderId = UUID.randomUUID();

        assertThat(refund(orderId)).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(charge(orderId))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Order closed");
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
        var charging = CompletableFuture.supplyAsync(() -> charge(orderId));
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(orderId).equals("CHARGING"));

        assertThat(refund(orderId)).hasStatus(HttpStatus.NO_CONTENT);
        providerAnswers.countDown();

        assertThat(charging.join()).hasStatus(HttpStatus.CONFLICT);
        shop.awaitEvent("payment.refunded", orderId);
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(orderId).equals("REFUNDED"));
    }

    @Test
    void aRefundTheProviderDoesNotConfirmIs503AndStaysDueUntilItIsGiven() {
        var orderId = UUID.randomUUID();
        charge(orderId);
        SandboxControl.set(mvc, "0", 1.0);

        assertThat(refund(orderId))
                .hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Refund pending");
        assertThat(statusOf(orderId)).isEqualTo("REFUNDING");

        SandboxControl.set(mvc, "0", 0);
        assertThat(refund(orderId))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("REFUNDED");
    }

    private MvcTestResult charge(UUID orderId) {
        return mvc.post()
                .uri("/api/payments")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"orderId": "%s", "amount": 19.99, "currency": "EUR"}""".formatted(orderId))
                .exchange();
    }

    private MvcTestResult refund(UUID orderId) {
        return mvc.post()
                .uri("/api/refunds")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"orderId": "%s"}""".formatted(orderId))
                .exchange();
    }

    private static String statusOf(UUID orderId) {
        return servers
                .jdbc()
                .queryForList("SELECT status FROM payment WHERE order_id = ?", String.class, orderId)
                .stream()
                .findFirst()
                .orElse("NONE");
    }
}
