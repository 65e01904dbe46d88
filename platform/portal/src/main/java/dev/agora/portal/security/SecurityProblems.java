package dev.agora.portal.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 as the rest of the portal answers: RFC 9457 problems for the API and for scripts, the error page in
 * the portal's layout for a browser asking for a page ({@link DeniedPage}). A 401 says that a bearer token is
 * accepted (RFC 6750), which no browser acts on.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
    private final JsonMapper json;

    SecurityProblems(JsonMapper json) {
        this.json = json;
        page.setErrorPage(DeniedPage.PATH);
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException unauthenticated)
            throws IOException {
        bearer.commence(request, response, unauthenticated);
        write(request, response, HttpStatus.UNAUTHORIZED, "Sign in, or send an operator's bearer token");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (wantsPage(request)) {
            page.handle(request, response, denied);
        } else {
            write(request, response, HttpStatus.FORBIDDEN, DeniedPage.DETAIL);
        }
    }

    /** A browser's page request; the console's own API answers its buttons with problems. */
    static boolean wantsPage(HttpServletRequest request) {
        var accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE)
                && !request.getRequestURI().startsWith(request.getContextPath() + "/ops/api/");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
