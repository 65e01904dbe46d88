package dev.agora.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page: what fails outside Spring MVC (a filter's {@code sendError}, an exception no
 * handler took, the container refusing a parameter) answers with a problem, never Boot's
 * {@code {timestamp, status, error, path}}. A 5xx says nothing of its cause, which is in the log; asked for
 * directly, {@code /error} is a path like any other that has no resource, and no operation of the API document.
 */
@Hidden
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

    @RequestMapping
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            return answer(notFound(request.getRequestURI()));
        }
        var status = HttpStatus.resolve(code);
        if (status == null || !status.isError()) status = HttpStatus.INTERNAL_SERVER_ERROR;
        var problem = ProblemDetail.forStatus(status);
        problem.setTitle(status.getReasonPhrase());
        problem.setDetail(detail(status, request.getAttribute(RequestDispatcher.ERROR_MESSAGE)));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(URI.create(uri));
        }
        return answer(problem);
    }

    static String detail(HttpStatus status, Object message) {
        if (status.is5xxServerError()) {
            return "The service failed to answer this request; the cause is in its log";
        }
        return message instanceof String text && StringUtils.hasText(text) ? text : status.getReasonPhrase();
    }

    private static ProblemDetail notFound(String path) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No resource at " + path);
        problem.setTitle(HttpStatus.NOT_FOUND.getReasonPhrase());
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
