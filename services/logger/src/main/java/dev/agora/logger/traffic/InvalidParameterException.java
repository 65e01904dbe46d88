package dev.agora.logger.traffic;

import dev.agora.web.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request parameter that makes no sense, as an RFC 9457 problem naming the parameter, in the shape of
 * service-web's own parameter problems.
 */
class InvalidParameterException extends ErrorResponseException {

    InvalidParameterException(String parameter, String reason) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, reason), null);
    }

    private static ProblemDetail problem(String parameter, String reason) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + parameter + "' " + reason);
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", parameter);
        problem.setProperty("errors", List.of(new FieldError(parameter, reason)));
        return problem;
    }
}
