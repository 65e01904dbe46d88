package dev.agora.shop.payment.sandbox;

import dev.agora.web.FieldError;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Settings out of range, as the same 400 problem Bean Validation gives: every field under {@code errors}. */
class InvalidSandboxSettingsException extends ErrorResponseException {

    InvalidSandboxSettingsException(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, problem(errors), null);
    }

    private static ProblemDetail problem(List<FieldError> errors) {
        var problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Invalid sandbox settings");
        problem.setDetail(errors.stream()
                .map(error -> "'" + error.field() + "' " + error.message())
                .collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }
}
