package dev.agora.shop.inventory;

import static dev.agora.shop.testing.AccessChecks.assertForbiddenProblem;
import static dev.agora.shop.testing.AccessChecks.assertUnauthorizedProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.test.IsolatedServers;
import dev.agora.shop.testing.AccessChecks;
import dev.agora.web.security.Scope;
import org.jspecify.annotations.Nullable;
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
 * Who may call what, on the whole service: stock levels and availability are public reads, setting and adding stock
 * needs {@code ops}, and reservations need {@code inventory.reserve} (the order service's checkout) or {@code ops}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class InventoryAccessIT {

    @RegisterExtension
    static final IsolatedServers servers = new IsolatedServers();

    private static final String PRODUCT = "0190c0de-0000-7000-8000-000000000002";
    private static final String ORDER = "0190c0de-0000-7000-8000-000000000003";
    private static final String RESERVATION = """
            {"orderId": "%s", "lines": [{"productId": "%s", "quantity": 1}]}""".formatted(ORDER, PRODUCT);

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "PUT, /api/stock/" + PRODUCT,
        "POST, /api/stock/" + PRODUCT + "/additions",
        "POST, /api/reservations",
        "DELETE, /api/reservations/" + ORDER,
        "GET, /api/reservations/" + ORDER
    })
    void aProtectedOperationWithoutATokenIsAnUnauthorizedProblem(HttpMethod method, String path) {
        assertUnauthorizedProblem(call(method, path, null));
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @CsvSource({
        "PUT, /api/stock/" + PRODUCT + ", inventory.reserve",
        "POST, /api/stock/" + PRODUCT + "/additions, shop",
        "POST, /api/reservations, shop",
        "POST, /api/reservations, pricing.quote",
        "DELETE, /api/reservations/" + ORDER + ", shop",
        "GET, /api/reservations/" + ORDER + ", shop"
    })
    void aProtectedOperationWithATokenLackingTheScopeIsAForbiddenProblem(HttpMethod method, String path, String scope) {
        assertForbiddenProblem(call(method, path, scope));
    }

    @ParameterizedTest(name = "with {0}")
    @CsvSource({Scope.INVENTORY_RESERVE, Scope.OPS})
    void reservationsAreForTheCheckoutsScopeOrAnOperator(String scope) {
        // no order has a reservation: the service itself answers, past the access rules
        assertThat(call(HttpMethod.GET, "/api/reservations/" + ORDER, scope)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @ParameterizedTest(name = "GET {0}")
    @CsvSource({
        "/api/stock, 200",
        "/api/stock/" + PRODUCT + ", 404",
        "/api/stock/" + PRODUCT + "/availability?quantity=1, 404"
    })
    void stockLevelsAndAvailabilityAreReadWithoutAToken(String path, int status) {
        // the product is unknown: a 404 is the service's own answer, past the access rules
        assertThat(call(HttpMethod.GET, path, null)).hasStatus(status);
    }

    private MvcTestResult call(HttpMethod method, String path, @Nullable String scope) {
        var body = method == HttpMethod.POST ? RESERVATION : method == HttpMethod.PUT ? "{\"available\": 1}" : null;
        return AccessChecks.call(mvc, method, path, body, scope);
    }
}
