package dev.agora.shop.query;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 404 problem naming what was looked for, e.g. {@code {"title": "Unknown order", "orderId": "…"}}. */
public class NotFoundProblem extends ErrorResponseException {

    public NotFoundProblem(String what, String property, Object id) {
        super(HttpStatus.NOT_FOUND, problem(what, property, id), null);
    }

    private static ProblemDetail problem(String what, String property, Object id) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "The read model knows no " + what + " with id " + id);
        problem.setTitle("Unknown " + what);
        problem.setProperty(property, id);
        return problem;
    }
}
