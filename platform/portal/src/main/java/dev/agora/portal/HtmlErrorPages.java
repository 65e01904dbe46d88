package dev.agora.portal;

import dev.agora.portal.security.Person;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A browser asking for a page that fails gets a page that says why, in the portal's layout; scripts and the
 * {@code /ops/api} endpoints keep their problem+json answers.
 */
@Component
public class HtmlErrorPages implements HandlerExceptionResolver, Ordered {

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception failure) {
        var accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null
                || !accept.contains("text/html")
                || request.getRequestURI().contains("/ops/api/")) {
            return null;
        }
        var status = failure instanceof ErrorResponse answer
                ? HttpStatus.valueOf(answer.getStatusCode().value())
                : failure instanceof MethodArgumentTypeMismatchException ? HttpStatus.BAD_REQUEST : null;
        if (status == null) return null; // an unexpected failure: Spring's own handling logs it
        var detail = failure instanceof MethodArgumentTypeMismatchException mismatch
                ? "'" + mismatch.getValue() + "' is not a valid " + mismatch.getName()
                : ((ErrorResponse) failure).getBody().getDetail();
        response.setStatus(status.value());
        var model = new HashMap<String, Object>();
        model.put("status", status.value());
        model.put("title", status.getReasonPhrase());
        model.put("detail", detail == null ? "" : detail);
        // the page's header says who is signed in, as every other page's does
        Person.of(SecurityContextHolder.getContext().getAuthentication())
                .ifPresent(person -> model.put("person", person));
        return new ModelAndView("error", model);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
