package dev.agora.shop.user.directory;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No user has the id asked for: a 404 problem naming it. */
class UserNotFoundException extends ErrorResponseException {

    UserNotFoundException(UUID userId) {
        super(HttpStatus.NOT_FOUND, problem(userId), null);
    }

    private static ProblemDetail problem(UUID userId) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No user has id " + userId);
        problem.setTitle("User not found");
        problem.setProperty("userId", userId);
        return problem;
    }
}
