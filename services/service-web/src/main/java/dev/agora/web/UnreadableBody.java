package dev.agora.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The problem for a body that cannot be read: too large (413), or a 400 naming the field whose value has the
 * wrong type or cannot be stored, or saying why the JSON as a whole is refused.
 */
final class UnreadableBody {

    private UnreadableBody() {}

    static ProblemDetail problem(HttpMessageNotReadableException unreadable) {
        var tooLarge = causeOf(unreadable, BodyTooLargeException.class);
        if (tooLarge != null) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
            problem.setTitle(HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
            return problem;
        }
        var jackson = causeOf(unreadable, JacksonException.class);
        if (jackson != null && !jackson.getPath().isEmpty()) {
            var field = path(jackson.getPath());
            var error = new FieldError(field, reason(jackson));
            var problem = ProblemResponses.invalidFields(List.of(error));
            problem.setTitle("Unreadable request body");
            return problem;
        }
        var problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Unreadable request body");
        problem.setDetail(
                switch (jackson) {
                    case StreamConstraintsException limit ->
                        "The body exceeds a limit of JSON: " + limit.getOriginalMessage();
                    case MismatchedInputException mismatch -> "The body " + reason(mismatch);
                    case null, default -> "The body is not valid JSON";
                });
        return problem;
    }

    private static String reason(JacksonException failure) {
        if (failure instanceof UnstorableTextException unstorable) return unstorable.reason();
        var target = failure instanceof MismatchedInputException mismatch
                ? mismatch.getTargetType()
                : failure instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
        return ExpectedValue.of(target);
    }

    private static String path(List<JacksonException.Reference> references) {
        var path = new StringBuilder();
        for (var reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> @Nullable T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) return type.cast(cause);
        }
        return null;
    }
}
