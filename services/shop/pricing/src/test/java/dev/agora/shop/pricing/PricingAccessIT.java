package dev.agora.shop.pricing;

import static dev.agora.shop.testing.AccessChecks.assertForbiddenProblem;
import static dev.agora.shop.testing.AccessChecks.assertUnauthorizedProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.testing.AccessChecks;
import dev.agora.web.security.Scope;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Who may call what, on the whole service: prices and tax rules are public reads, setting them needs {@code ops},
 * and quotes need {@code pricing.quote} (the order service's checkout) or {@code ops}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class PricingAccessIT {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    private static final String PRICE = "/api/prices/0190c0de-0000-7000-8000-000000000002";
    private static final String QUOTE = """
            {"userId": "0190c0de-0000-7000-8000-000000000001",
             "lines": [{"productId": "0190c0de-0000-7000-8000-000000000002", "quantity": 1}]}""";

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PUT, " + PRICE, "PUT, /api/tax-rules/books/FR", "DELETE, /api/tax-rules/books/FR", "POST, /api/quotes"
    })
    void aProtectedOperationWithoutATokenIsAnUnauthorizedProblem(HttpMethod method, String path) {
        assertUnauthorizedProblem(call(method, path, null));
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @CsvSource({
        "PUT, " + PRICE + ", pricing.quote",
        "PUT, /api/tax-rules/books/FR, shop",
        "DELETE, /api/tax-rules/books/FR, pricing.quote",
        "POST, /api/quotes, shop",
        "POST, /api/quotes, inventory.reserve"
    })
    void aProtectedOperationWithATokenLackingTheScopeIsAForbiddenProblem(HttpMethod method, String path, String scope) {
        assertForbiddenProblem(call(method, path, scope));
    }

    @ParameterizedTest(name = "with {0}")
    @CsvSource({Scope.PRICING_QUOTE, Scope.OPS})
    void aQuoteIsForTheCheckoutsScopeOrAnOperator(String scope) {
        // no price is set for the product, so the quote itself is refused, past the access rules
        assertThat(call(HttpMethod.POST, "/api/quotes", scope).getResponse().getStatus())
                .isNotIn(401, 403);
    }

    @ParameterizedTest(name = "GET {0}")
    @CsvSource({"/api/prices", "/api/tax-rules"})
    void pricesAndTaxRulesAreReadWithoutAToken(String path) {
        assertThat(call(HttpMethod.GET, path, null)).hasStatusOk();
    }

    @Test
    void aPriceIsReadWithoutAToken() {
        // no price is set: the service itself answers, not the access rules
        assertThat(call(HttpMethod.GET, PRICE, null)).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult call(HttpMethod method, String path, @Nullable String scope) {
        var body = method == HttpMethod.POST
                ? QUOTE
                : method == HttpMethod.PUT ? "{\"unitPrice\": 10.00, \"rate\": 0.1}" : null;
        return AccessChecks.call(mvc, method, path, body, scope);
    }
}
