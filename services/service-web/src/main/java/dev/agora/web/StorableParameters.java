package dev.agora.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses, before the handler runs, a request whose path variables or parameters {@link StorableText} refuses:
 * a 400 problem naming each of them, as for a body field.
 */
final class StorableParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var errors = new ArrayList<FieldError>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), List.of(String.valueOf(value)), errors));
        }
        // a form field without "=" has no value at all (Spring's form filter gives it null)
        request.getParameterMap()
                .forEach((name, values) ->
                        check(name, Stream.of(values).filter(Objects::nonNull).toList(), errors));
        if (!errors.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemResponses.invalidFields(errors), null);
        }
        return true;
    }

    private static void check(String name, List<String> values, List<FieldError> errors) {
        var nameProblem = StorableText.problem(name);
        if (nameProblem != null) {
            errors.add(new FieldError("parameter name", nameProblem));
            return;
        }
        values.stream()
                .map(StorableText::problem)
                .filter(problem -> problem != null)
                .findFirst()
                .ifPresent(problem -> errors.add(new FieldError(name, problem)));
    }
}
