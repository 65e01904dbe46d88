package dev.agora.portal.ops.parked;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 400 naming the field, in the shape of the other validation problems of Agora's services. */
class InvalidServiceNameProblem extends ErrorResponseException {

    InvalidServiceNameProblem(String service) {
        super(HttpStatus.BAD_REQUEST, problem(service), null);
    }

    private static ProblemDetail problem(String service) {
        var message = "must be lowercase words joined by dashes, was '" + service + "'";
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'service' " + message);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", "service", "message", message)));
        return problem;
    }
}
