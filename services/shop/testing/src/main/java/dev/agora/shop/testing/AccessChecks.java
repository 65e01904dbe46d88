package dev.agora.shop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.agora.web.security.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The services' access tests (who may call what): a call with a token of one scope or with none, and the two
 * problems the access rules answer with, as service-web's resource server makes them.
 */
public final class AccessChecks {

    private AccessChecks() {}

    /** A token carrying this scope, as the authorization server would issue it. */
    public static JwtRequestPostProcessor token(String scope) {
        return jwt().authorities(new SimpleGrantedAuthority(Scope.authority(scope)));
    }

    /** A JSON call, with this body (none for a read) and a token of this scope, or no token at all. */
    public static MvcTestResult call(
            MockMvcTester mvc, HttpMethod method, String path, @Nullable String body, @Nullable String scope) {
        var request = mvc.method(method).uri(path).contentType(MediaType.APPLICATION_JSON);
        if (body != null) request.content(body);
        if (scope != null) request.with(token(scope));
        return request.exchange();
    }

    /** No token: 401, a problem, and the scheme to use named in {@code WWW-Authenticate}. */
    public static void assertUnauthorizedProblem(MvcTestResult answer) {
        assertThat(answer).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    /** A token without the scope the operation needs: 403, a problem. */
    public static void assertForbiddenProblem(MvcTestResult answer) {
        assertThat(answer).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
