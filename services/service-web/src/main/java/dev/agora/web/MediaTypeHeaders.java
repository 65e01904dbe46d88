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
 * then go without a body), a {@code Content-Type} that is not one concrete media type (415; a wildcard makes
 * Spring's request headers throw) and a multipart one without a boundary (400).
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
        if (contentType != null && withoutBoundary(contentType)) {
            response.sendError(HttpStatus.BAD_REQUEST.value(), "A multipart Content-Type needs a boundary");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A multipart type without its boundary (RFC 2046): refused here, since any filter that reads a parameter
     * (Spring Security's CSRF filter does) makes Tomcat parse the body, and fail.
     */
    private static boolean withoutBoundary(String contentType) {
        var type = MediaType.parseMediaType(contentType);
        return type.getType().equals("multipart") && type.getParameter("boundary") == null;
    }

    private static boolean concrete(String contentType) {
        try {
            return MediaType.parseMediaType(contentType).isConcrete();
        } catch (InvalidMediaTypeException unparseable) {
            return false;
        }
    }
}
