package dev.agora.portal.ops.log;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriBuilder;

/** The console's log filters, passed on to the logger as they are; blank ones are left out. */
record LogFilter(
        @Nullable String routingKey,
        @Nullable String sender,
        @Nullable String eventUuid,
        @Nullable String correlationId) {

    static final int LIMIT = 100;

    UriBuilder applyTo(UriBuilder uri) {
        add(uri, "routingKey", routingKey);
        add(uri, "sender", sender);
        add(uri, "eventUuid", eventUuid);
        add(uri, "correlationId", correlationId);
        return uri.queryParam("limit", LIMIT);
    }

    private static void add(UriBuilder uri, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value.trim());
        }
    }
}
