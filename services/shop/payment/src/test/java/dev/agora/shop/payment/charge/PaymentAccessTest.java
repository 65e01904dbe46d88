package dev.agora.shop.payment.charge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.agora.web.AgoraWebAutoConfiguration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Who may call the payment API: every operation refuses a request without a token (401) and one whose token lacks
 * the scope (403), both as problems, before anything is charged or refunded. The sandbox's settings are tested
 * in SandboxSettingsControllerTest.
 */
@WebMvcTest({PaymentController.class, RefundController.class})
@ImportAutoConfiguration(AgoraWebAutoConfiguration.class)
@Import(PaymentAccess.class)
class PaymentAccessTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PaymentDesk desk;

    @MockitoBean
    RefundDesk refunds;

    @MockitoBean
    PaymentRepository payments;

    /** Each operation, and a scope that is not enough for it. */
    static Stream<Object[]> operations() {
        return Stream.of(
                new Object[] {HttpMethod.POST, "/api/payments", "shop"},
                new Object[] {HttpMethod.POST, "/api/refunds", "inventory.reserve"},
                new Object[] {HttpMethod.GET, "/api/payments?orderId=00000000-0000-0000-0000-000000000001", "shop"},
                new Object[] {HttpMethod.GET, "/api/payments/00000000-0000-0000-0000-000000000001", "pricing.quote"});
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operations")
    void withoutATokenIsAnUnauthorizedProblem(HttpMethod method, String path, String notEnough) {
        var answer = request(method, path, null);

        assertThat(answer).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer).headers().containsHeader("WWW-Authenticate");
        verifyNoInteractions(desk, refunds, payments);
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @MethodSource("operations")
    void aTokenWithoutTheScopeIsAForbiddenProblem(HttpMethod method, String path, String notEnough) {
        assertThat(request(method, path, notEnough))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(desk, refunds, payments);
    }

    private MvcTestResult request(HttpMethod method, String path, String scope) {
        var request = mvc.method(method)
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}");
        if (scope != null) request.with(jwt().authorities(new SimpleGrantedAuthority("SCOPE_" + scope)));
        return request.exchange();
    }
}
