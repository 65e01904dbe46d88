package dev.agora.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses the media-type headers Spring MVC cannot work with, before anything reads them: an {@code Accept} that
 * is not a list of media types (400; content negotiation would fail even for the answer's problem, which would
 * then go without a body) and a {@code Content-Type} that is not one concrete media type (415; a wildcard makes
 * Spring's request headers throw).
 */
final class MediaTypeHeaders extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        } catch (InvalidMediaTypeException unparseable) {
            response.sendError(HttpStatus.BAD_REQUEST.value(), "The Accept header is not a list of media types");
            return;
        }
        var contentType = request.getContentType();
        if (contentType != null && !concrete(contentType)) {
            response.sendError(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(),
                    "The Content-Type header must name one media type, without wildcards");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean concrete(String contentType) {
        try {
            return MediaType.parseMediaType(contentType).isConcrete();
        } catch (InvalidMediaTypeException unparseable) {
            return false;
        }
    }
}
