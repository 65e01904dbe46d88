package dev.agora.web;

import java.io.IOException;

/** A request body longer than {@code agora.web.max-request-body}: answered with 413. */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(long maxBytes) {
        super(message(maxBytes));
    }

    static String message(long maxBytes) {
        return "The request body exceeds this service's limit of " + maxBytes + " bytes";
    }
}
