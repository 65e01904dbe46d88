package dev.agora.portal.security;

import dev.agora.web.security.ProblemSecurityResponses;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * 403 as the rest of the portal answers: the error page in the portal's layout ({@link DeniedPage}) for a browser
 * asking for a page, RFC 9457 problems as every service answers them for the console's API and for scripts.
 */
class SecurityProblems implements AccessDeniedHandler {

    private final AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
    private final ProblemSecurityResponses problems;

    SecurityProblems(ProblemSecurityResponses problems) {
        this.problems = problems;
        page.setErrorPage(DeniedPage.PATH);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (wantsPage(request)) {
            page.handle(request, response, denied);
        } else {
            problems.handle(request, response, denied);
        }
    }

    /** A browser's page request; the console's own API answers its buttons with problems. */
    static boolean wantsPage(HttpServletRequest request) {
        var accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE)
                && !request.getRequestURI().startsWith(request.getContextPath() + "/ops/api/");
    }
}
