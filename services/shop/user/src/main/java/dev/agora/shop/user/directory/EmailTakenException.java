package dev.agora.shop.user.directory;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Another user already has this email (in any case): a 409 problem naming the field and the user holding it,
 * so that a caller retrying a registration whose answer it lost can recognise its own user.
 */
class EmailTakenException extends ErrorResponseException {

    EmailTakenException(String email, UUID holder) {
        super(HttpStatus.CONFLICT, problem(email, holder), null);
    }

    private static ProblemDetail problem(String email, UUID holder) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "'email' " + email + " is already used by user " + holder);
        problem.setTitle("Email already registered");
        problem.setProperty("field", "email");
        problem.setProperty("existingUserId", holder);
        return problem;
    }
}
