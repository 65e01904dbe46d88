package dev.agora.shop.payment.charge;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Sets the payment-provider sandbox over its HTTP API, as the demo and the benchmark do. */
final class SandboxControl {

    private SandboxControl() {}

    static void set(MockMvcTester mvc, String latency, double failureRate) {
        var result = mvc.put()
                .uri("/api/sandbox/settings")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"latency": "%s", "failureRate": %s}""".formatted(latency, failureRate))
                .exchange();
        assertThat(result).hasStatusOk();
    }
}
