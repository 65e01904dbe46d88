package dev.agora.logger.traffic;

import static dev.agora.shop.testing.AccessChecks.assertForbiddenProblem;
import static dev.agora.shop.testing.AccessChecks.assertUnauthorizedProblem;
import static dev.agora.shop.testing.AccessChecks.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.agora.web.security.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The message log is an operator's: without a token 401, with any token but {@code ops} 403. */
@WebMvcTest(LogController.class)
@Import(LogAccess.class)
class LogAccessTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    LoggedMessageRepository repository;

    @ParameterizedTest(name = "GET {0}")
    @CsvSource({"/api/log", "/api/log/7"})
    void readingTheLogWithoutATokenIsAnUnauthorizedProblem(String path) {
        assertUnauthorizedProblem(mvc.get().uri(path).exchange());
        verifyNoInteractions(repository);
    }

    @ParameterizedTest(name = "GET {0} with {1}")
    @CsvSource({"/api/log, shop", "/api/log/7, shop", "/api/log, inventory.reserve", "/api/log/7, accounts.write"})
    void readingTheLogWithoutOpsIsAForbiddenProblem(String path, String scope) {
        assertForbiddenProblem(read(path, scope));
        verifyNoInteractions(repository);
    }

    @ParameterizedTest(name = "GET {0}")
    @CsvSource({"/api/log, 200", "/api/log/7, 404"})
    void anOperatorReadsTheLog(String path, int status) {
        // the repository (a mock) holds no entry 7: the 404 is the controller's own answer
        assertThat(read(path, Scope.OPS)).hasStatus(status);
    }

    private MvcTestResult read(String path, String scope) {
        return mvc.get().uri(path).with(token(scope)).exchange();
    }
}
