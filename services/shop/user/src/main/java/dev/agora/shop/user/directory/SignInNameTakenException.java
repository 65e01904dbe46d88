package dev.agora.shop.user.directory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The authorization server has another account under this e-mail (a reviewer's, say): a 409 problem naming the
 * field. The registration or update that asked for the account is undone.
 */
class SignInNameTakenException extends ErrorResponseException {

    SignInNameTakenException(String email) {
        super(HttpStatus.CONFLICT, problem(email), null);
    }

    private static ProblemDetail problem(String email) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "'email' " + email + " is already the sign-in name of another account");
        problem.setTitle("Sign-in name taken");
        problem.setProperty("field", "email");
        return problem;
    }
}
