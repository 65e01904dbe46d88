package dev.agora.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own problems, plus the names of the offending fields: a 400 says which field or parameter is wrong
 * in its {@code detail} and lists every one under {@code errors} as {@link FieldError}s.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), message(error)))
                .toList();
        return handleExceptionInternal(invalid, invalidFields(errors), headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = invalid.getParameterValidationResults().stream()
                .flatMap(ProblemResponses::fieldErrors)
                .toList();
        return handleExceptionInternal(invalid, invalidFields(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var problem = UnreadableBody.problem(unreadable);
        return handleExceptionInternal(
                unreadable, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    /** A path variable or parameter that cannot be converted: {@code /orders/abc} where a UUID is expected. */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException mismatch, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var name = mismatch.getPropertyName() == null ? "parameter" : mismatch.getPropertyName();
        var problem = invalidParameter(new FieldError(name, ExpectedValue.of(mismatch.getRequiredType())));
        return handleExceptionInternal(mismatch, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException missing,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var problem = invalidParameter(new FieldError(missing.getParameterName(), "is required"));
        return handleExceptionInternal(missing, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A multipart body that cannot be parsed (no boundary, a broken part) is the client's mistake. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleMultipart(MultipartException unreadable, WebRequest request) {
        var problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not a readable multipart body");
        problem.setTitle("Unreadable request body");
        return handleExceptionInternal(unreadable, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    static ProblemDetail invalidFields(List<FieldError> errors) {
        var problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Invalid request");
        problem.setDetail(errors.stream()
                .map(error -> "'" + error.field() + "' " + error.message())
                .collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** As {@link #invalidFields}, with the parameter's name as a property of its own. */
    private static ProblemDetail invalidParameter(FieldError error) {
        var problem = invalidFields(List.of(error));
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", error.field());
        return problem;
    }

    /** A validated body names its own fields; a plain parameter is named after itself. */
    private static Stream<FieldError> fieldErrors(ParameterValidationResult result) {
        if (result instanceof ParameterErrors body) {
            return body.getFieldErrors().stream().map(error -> new FieldError(error.getField(), message(error)));
        }
        return result.getResolvableErrors().stream()
                .map(error -> new FieldError(parameterName(result), message(error)));
    }

    private static String parameterName(ParameterValidationResult result) {
        var name = result.getMethodParameter().getParameterName();
        return name == null ? "parameter " + result.getMethodParameter().getParameterIndex() : name;
    }

    private static String message(MessageSourceResolvable error) {
        var message = error.getDefaultMessage();
        return message == null ? "is invalid" : message;
    }
}
