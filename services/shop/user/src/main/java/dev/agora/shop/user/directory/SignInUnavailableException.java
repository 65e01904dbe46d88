package dev.agora.shop.user.directory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The authorization server could not be reached, or did not make the account: a 503 problem. The registration or
 * update that asked for the account is undone, so the same call can simply be made again.
 */
class SignInUnavailableException extends ErrorResponseException {

    SignInUnavailableException(Exception cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
    }

    private static ProblemDetail problem() {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The sign-in account could not be saved at the authorization server; nothing was changed, try again");
        problem.setTitle("Sign-in accounts unavailable");
        problem.setProperty("field", "password");
        return problem;
    }
}
