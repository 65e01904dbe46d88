package dev.agora.demo;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Server-Sent Events read line by line (the text/event-stream format): {@code event:}, {@code id:} and
 * {@code data:} fields, several data lines joined by newlines, comments ignored, an event complete at a blank line.
 */
final class SseParser {

    /** A complete event; {@code name} is {@code message} when the server named none. */
    record Event(String name, @Nullable String id, String data) {}

    private @Nullable String name;
    private @Nullable String id;
    private @Nullable StringBuilder data;

    /** Takes the next line (without its line ending); gives the event that a blank line completes. */
    Optional<Event> line(String line) {
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.startsWith(":")) {
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        var field = colon < 0 ? line : line.substring(0, colon);
        var value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> name = value;
            case "id" -> id = value;
            case "data" -> {
                if (data == null) {
                    data = new StringBuilder(value);
                } else {
                    data.append('\n').append(value);
                }
            }
            default -> {
                // retry and unknown fields: nothing the demo needs
            }
        }
        return Optional.empty();
    }

    private Optional<Event> dispatch() {
        try {
            if (data == null) {
                return Optional.empty();
            }
            return Optional.of(new Event(name == null ? "message" : name, id, data.toString()));
        } finally {
            name = null;
            data = null;
        }
    }
}
