package dev.agora.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A JSON string that {@link StorableText} refuses; Jackson adds the path of the field to it. */
final class UnstorableTextException extends InvalidFormatException {

    private final String reason;

    UnstorableTextException(JsonParser parser, String value, String reason) {
        super(parser, reason, value, String.class);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
