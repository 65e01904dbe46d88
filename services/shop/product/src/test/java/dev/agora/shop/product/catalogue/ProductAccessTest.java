package dev.agora.shop.product.catalogue;

import static dev.agora.shop.testing.AccessChecks.assertForbiddenProblem;
import static dev.agora.shop.testing.AccessChecks.assertUnauthorizedProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.agora.shop.testing.AccessChecks;
import dev.agora.web.AgoraWebAutoConfiguration;
import dev.agora.web.security.Scope;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Who may call what: catalogue reads are public, adding and changing products needs {@code ops}. */
@WebMvcTest(ProductController.class)
@ImportAutoConfiguration(AgoraWebAutoConfiguration.class)
@Import(ProductAccess.class)
class ProductAccessTest {

    private static final String BODY = """
            {"name": "Dune", "description": "A desert planet", "category": "books"}""";
    private static final String BOOK = "/api/products/0190c0de-0000-7000-8000-000000000002";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Catalogue catalogue;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST, /api/products", "PUT, " + BOOK})
    void anOperatorsWriteWithoutATokenIsAnUnauthorizedProblem(HttpMethod method, String path) {
        assertUnauthorizedProblem(call(method, path, null));
        verifyNoInteractions(catalogue);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST, /api/products", "PUT, " + BOOK})
    void anOperatorsWriteWithAShoppersTokenIsAForbiddenProblem(HttpMethod method, String path) {
        assertForbiddenProblem(call(method, path, Scope.SHOP));
        verifyNoInteractions(catalogue);
    }

    @ParameterizedTest(name = "GET {0}")
    @CsvSource({"/api/products", BOOK})
    void catalogueReadsNeedNoToken(String path) {
        assertThat(call(HttpMethod.GET, path, null)).hasStatusOk();
    }

    private MvcTestResult call(HttpMethod method, String path, @Nullable String scope) {
        return AccessChecks.call(mvc, method, path, method == HttpMethod.GET ? null : BODY, scope);
    }
}
