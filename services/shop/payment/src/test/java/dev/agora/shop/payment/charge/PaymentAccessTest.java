package dev.agora.shop.payment.charge;

import static dev.agora.shop.testing.AccessChecks.assertForbiddenProblem;
import static dev.agora.shop.testing.AccessChecks.assertUnauthorizedProblem;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.agora.shop.testing.AccessChecks;
import dev.agora.web.AgoraWebAutoConfiguration;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
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
        assertUnauthorizedProblem(request(method, path, null));
        verifyNoInteractions(desk, refunds, payments);
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @MethodSource("operations")
    void aTokenWithoutTheScopeIsAForbiddenProblem(HttpMethod method, String path, String notEnough) {
        assertForbiddenProblem(request(method, path, notEnough));
        verifyNoInteractions(desk, refunds, payments);
    }

    private MvcTestResult request(HttpMethod method, String path, @Nullable String scope) {
        return AccessChecks.call(mvc, method, path, "{}", scope);
    }
}
