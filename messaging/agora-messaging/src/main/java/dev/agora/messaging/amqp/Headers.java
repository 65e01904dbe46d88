package dev.agora.messaging.amqp;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Our own AMQP headers. Attempts are counted here, never in {@code x-death}, whose format changed in 3.13. */
final class Headers {

    static final String ATTEMPT = "x-agora-attempt";
    static final String PARKED_ID = "x-agora-parked-id";
    static final String PARKED_REASON = "x-agora-parked-reason";
    static final String PARKED_AT = "x-agora-parked-at";
    static final String ORIGINAL_ROUTING_KEY = "x-agora-original-routing-key";
    static final String ORIGINAL_EXCHANGE = "x-agora-original-exchange";
    static final String REPLAYED = "x-agora-replayed";

    private Headers() {}

    static int attempt(Map<String, Object> headers) {
        return intValue(headers.get(ATTEMPT), 1);
    }

    static int intValue(@Nullable Object value, int fallback) {
        if (value instanceof Number number) return number.intValue();
        if (value != null) {
            try {
                return Integer.parseInt(value.toString());
            } catch (NumberFormatException ignored) {
                return fallback;
            }
        }
        return fallback;
    }

    static @Nullable String string(Map<String, Object> headers, String name) {
        var value = headers.get(name);
        return value == null ? null : value.toString();
    }
}
