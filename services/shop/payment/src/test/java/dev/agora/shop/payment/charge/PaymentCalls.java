package dev.agora.shop.payment.charge;

import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The synchronous charge and refund as the order service asks for them, over a test's MockMvc. */
final class PaymentCalls {

    private PaymentCalls() {}

    static MvcTestResult charge(MockMvcTester mvc, UUID orderId, String amount) {
        return mvc.post()
                .uri("/api/payments")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"orderId": "%s", "amount": %s, "currency": "EUR"}""".formatted(orderId, amount))
                .exchange();
    }

    static MvcTestResult refund(MockMvcTester mvc, UUID orderId) {
        return mvc.post()
                .uri("/api/refunds")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"orderId": "%s"}""".formatted(orderId))
                .exchange();
    }
}
