package dev.agora.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What Spring Security's firewall refuses (a control character in a parameter's name or a header, an encoded
 * {@code %25} or {@code ;} in the path) answered as a 400 problem, written at once: the firewall's own handler
 * sends an error whose error page the firewall refuses again, which leaves the 400 without a body.
 */
final class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    /** The firewall's reason quotes the request; a longer one is cut. */
    private static final int MAX_DETAIL = 200;

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        if (response.isCommitted()) return;
        var reason = String.valueOf(rejected.getMessage());
        var detail = reason.length() > MAX_DETAIL ? reason.substring(0, MAX_DETAIL) + "…" : reason;
        var status = HttpStatus.BAD_REQUEST;
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ProblemReportValve.body(status.value(), status.getReasonPhrase(), detail));
        response.flushBuffer();
    }
}
