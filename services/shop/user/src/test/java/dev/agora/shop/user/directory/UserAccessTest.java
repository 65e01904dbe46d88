package dev.agora.shop.user.directory;

import static dev.agora.shop.testing.AccessChecks.assertForbiddenProblem;
import static dev.agora.shop.testing.AccessChecks.assertUnauthorizedProblem;
import static dev.agora.shop.testing.AccessChecks.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.agora.web.AgoraWebAutoConfiguration;
import dev.agora.web.security.Scope;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Who may call what: registering and listing users needs {@code ops}; a user is read and changed by the user
 * themselves (a shopper's token naming their {@code user_id}) or an operator.
 */
@WebMvcTest(UserController.class)
@ImportAutoConfiguration(AgoraWebAutoConfiguration.class)
@Import(UserAccess.class)
class UserAccessTest {

    private static final UUID ANN_ID = UUID.fromString("0190c0de-0000-7000-8000-000000000001");
    private static final UUID BOB_ID = UUID.fromString("0190c0de-0000-7000-8000-000000000002");
    private static final Instant CREATED = Instant.parse("2026-11-23T09:00:00Z");
    private static final User ANN = new User(ANN_ID, "Ann", "ann@example.com", "FR", CREATED, CREATED);
    private static final String BODY = """
            {"name": "Ann", "email": "ann@example.com", "country": "FR"}""";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    UserDirectory directory;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "POST, /api/users",
        "GET, /api/users",
        "GET, /api/users/0190c0de-0000-7000-8000-000000000001",
        "PUT, /api/users/0190c0de-0000-7000-8000-000000000001"
    })
    void everyOperationWithoutATokenIsAnUnauthorizedProblem(HttpMethod method, String path) {
        assertUnauthorizedProblem(call(method, path, null));
        verifyNoInteractions(directory);
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @CsvSource({
        "POST, /api/users, shop",
        "GET, /api/users, shop",
        "POST, /api/users, accounts.write",
        "GET, /api/users/0190c0de-0000-7000-8000-000000000001, inventory.reserve",
        "PUT, /api/users/0190c0de-0000-7000-8000-000000000001, pricing.quote"
    })
    void anOperationWithATokenLackingTheScopeIsAForbiddenProblem(HttpMethod method, String path, String scope) {
        assertForbiddenProblem(call(method, path, token(scope)));
        verifyNoInteractions(directory);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GET", "PUT"})
    void aShopperWhoIsAnotherUserIsForbidden(HttpMethod method) {
        var answer = call(method, "/api/users/" + BOB_ID, annsToken());

        assertThat(answer)
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("is another user's");
        verifyNoInteractions(directory);
    }

    @Test
    void aShopperReadsAndChangesTheirOwnUser() {
        given(directory.find(ANN_ID)).willReturn(ANN);
        given(directory.update(any(), any())).willReturn(ANN);

        assertThat(call(HttpMethod.GET, "/api/users/" + ANN_ID, annsToken())).hasStatusOk();
        assertThat(call(HttpMethod.PUT, "/api/users/" + ANN_ID, annsToken())).hasStatusOk();
    }

    @Test
    void anOperatorReadsAndChangesAnyUser() {
        given(directory.find(BOB_ID)).willReturn(ANN);
        given(directory.update(any(), any())).willReturn(ANN);

        assertThat(call(HttpMethod.GET, "/api/users/" + BOB_ID, token(Scope.OPS)))
                .hasStatusOk();
        assertThat(call(HttpMethod.PUT, "/api/users/" + BOB_ID, token(Scope.OPS)))
                .hasStatusOk();
    }

    private static JwtRequestPostProcessor annsToken() {
        return jwt().jwt(claims -> claims.subject("ann@example.com").claim("user_id", ANN_ID.toString()))
                .authorities(new SimpleGrantedAuthority(Scope.authority(Scope.SHOP)));
    }

    private MvcTestResult call(HttpMethod method, String path, @Nullable JwtRequestPostProcessor token) {
        var request = mvc.method(method).uri(path).contentType(MediaType.APPLICATION_JSON);
        if (method != HttpMethod.GET) request.content(BODY);
        if (token != null) request.with(token);
        return request.exchange();
    }
}
