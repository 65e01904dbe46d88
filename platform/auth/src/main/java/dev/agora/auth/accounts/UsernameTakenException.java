package dev.agora.auth.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Another account has this username: a 409 problem naming the field. Who holds it stays private. */
class UsernameTakenException extends ErrorResponseException {

    UsernameTakenException(String username) {
        super(HttpStatus.CONFLICT, problem(username), null);
    }

    private static ProblemDetail problem(String username) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "'username' " + username + " is the username of another account");
        problem.setTitle("Username taken");
        problem.setProperty("field", "username");
        return problem;
    }
}
