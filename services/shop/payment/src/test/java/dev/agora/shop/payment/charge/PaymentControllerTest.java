package dev.agora.shop.payment.charge;

import static dev.agora.shop.testing.ProblemAnswers.assertInvalidField;
import static dev.agora.shop.testing.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.testing.OperatorCaller;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(PaymentController.class)
@Import({OperatorCaller.class, PaymentAccess.class})
class PaymentControllerTest {

    private static final UUID ORDER = UUID.fromString("0190f3a4-0000-7000-8000-000000000001");
    private static final PaymentRow CAPTURED = PaymentRow.claim(ORDER, new BigDecimal("42.50"), "EUR", OrderMode.SYNC)
            .captured("sandbox_abc");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PaymentDesk desk;

    @MockitoBean
    PaymentRepository payments;

    @Test
    void aNewChargeIsCreatedWithItsLocation() {
        given(desk.charge(any())).willReturn(new PaymentDesk.Charged(CAPTURED.toPayment(), true));

        assertThat(charge("42.50"))
                .hasStatus(HttpStatus.CREATED)
                .hasHeader("Location", "http://localhost/api/payments/" + CAPTURED.paymentId())
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"paymentId": "%s", "orderId": "%s", "amount": 42.50, "currency": "EUR",
                         "status": "CAPTURED", "providerReference": "sandbox_abc"}
                        """.formatted(CAPTURED.paymentId(), ORDER));
    }

    @Test
    void chargingAPaidOrderAgainAnswersOkWithTheExistingPayment() {
        given(desk.charge(any())).willReturn(new PaymentDesk.Charged(CAPTURED.toPayment(), false));

        assertThat(charge("42.50"))
                .hasStatusOk()
                .doesNotContainHeader("Location")
                .bodyJson()
                .extractingPath("$.paymentId")
                .isEqualTo(CAPTURED.paymentId().toString());
    }

    @Test
    void aDeclinedChargeIsA402ProblemNamingTheSandboxAndTheOrder() {
        given(desk.charge(any()))
                .willThrow(PaymentProblems.declined(ORDER, "sandbox", "amounts ending in .13 are always declined"));

        assertProblem(charge("10.13"), HttpStatus.PAYMENT_REQUIRED, """
                        {"status": 402, "title": "Payment declined by the sandbox provider",
                         "detail": "amounts ending in .13 are always declined", "orderId": "%s", "provider": "sandbox"}
                        """.formatted(ORDER));
    }

    @Test
    void aProviderFailureIsA503ProblemWhoseTitleNamesTheSandboxProvider() {
        given(desk.charge(any())).willThrow(PaymentProblems.providerFailed(ORDER, "sandbox", "simulated failure"));

        assertProblem(charge("42.50"), HttpStatus.SERVICE_UNAVAILABLE, """
                        {"status": 503, "title": "Payment provider sandbox failed; nothing was charged",
                         "detail": "simulated failure", "dependency": "payment provider sandbox", "orderId": "%s"}
                        """.formatted(ORDER));
    }

    @Test
    void aChargeStillRunningIsAConflictNamingTheOrder() {
        given(desk.charge(any())).willThrow(PaymentProblems.inProgress(ORDER));

        assertThat(charge("42.50")).hasStatus(HttpStatus.CONFLICT).bodyJson().isLenientlyEqualTo("""
                        {"title": "Payment in progress", "orderId": "%s"}""".formatted(ORDER));
    }

    @Test
    void anInvalidChargeRequestIsAProblemNamingEveryField() {
        var result = mvc.post()
                .uri("/api/payments")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"orderId": "%s", "amount": -1, "currency": "euro"}""".formatted(ORDER))
                .exchange();

        assertThat(result)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("amount", "currency");
        verifyNoInteractions(desk);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "12.345", "1000000000000", "1e20", "1E+200000", "\"12.50\""})
    void anAmountThatIsNoPositiveAmountInCentsUpToTheLimitIsAProblemNamingIt(String amount) {
        assertInvalidField(charge(amount), "amount");
        verifyNoInteractions(desk);
    }

    @Test
    void aPaymentIsFoundById() {
        given(payments.findById(CAPTURED.paymentId())).willReturn(Optional.of(CAPTURED));

        assertThat(mvc.get().uri("/api/payments/{id}", CAPTURED.paymentId()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("CAPTURED");
    }

    @Test
    void aRefundInProgressStillShowsAsCapturedAndARefundedOneAsRefunded() {
        var refunding = CAPTURED.withStatus(PaymentStatus.REFUNDING);
        given(payments.findByOrder(ORDER)).willReturn(Optional.of(refunding));
        assertThat(mvc.get().uri("/api/payments").param("orderId", ORDER.toString()))
                .bodyJson()
                .extractingPath("$[0].status")
                .isEqualTo("CAPTURED");

        given(payments.findByOrder(ORDER)).willReturn(Optional.of(refunding.withStatus(PaymentStatus.REFUNDED)));
        assertThat(mvc.get().uri("/api/payments").param("orderId", ORDER.toString()))
                .bodyJson()
                .extractingPath("$[0].status")
                .isEqualTo("REFUNDED");
    }

    @Test
    void aDeclinedChargeIsNoPaymentAndNotFoundById() {
        var declined = PaymentRow.claim(ORDER, BigDecimal.TEN, "EUR", OrderMode.ASYNC)
                .unsuccessful(PaymentStatus.DECLINED, "declined");
        given(payments.findById(declined.paymentId())).willReturn(Optional.of(declined));

        assertProblem(mvc.get().uri("/api/payments/{id}", declined.paymentId()), HttpStatus.NOT_FOUND, """
                        {"title": "Payment not found", "paymentId": "%s"}""".formatted(
                        declined.paymentId()));
    }

    @Test
    void anOrderWithoutPaymentHasAnEmptyList() {
        given(payments.findByOrder(ORDER)).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/payments").param("orderId", ORDER.toString()))
                .hasStatusOk()
                .bodyJson()
                .isEqualTo("[]");
    }

    @Test
    void anUnreadablePaymentIdIsAProblemNamingIt() {
        assertProblem(mvc.get().uri("/api/payments/latest"), HttpStatus.BAD_REQUEST, """
                        {"parameter": "paymentId", "detail": "'paymentId' must be a UUID"}""");
    }

    @Test
    void anUnreadableOrderIdIsAProblemNamingIt() {
        assertThat(mvc.get().uri("/api/payments").param("orderId", "o-1"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("orderId");
    }

    private MvcTestResult charge(String amount) {
        return PaymentCalls.charge(mvc, ORDER, amount);
    }
}
