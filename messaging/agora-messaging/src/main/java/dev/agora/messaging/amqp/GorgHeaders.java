package dev.agora.messaging.amqp;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What Agora reads of the gorg_service gem's headers ({@link Headers#SOA_VERSION} and those after it) under
 * {@code agora.messaging.compatibility=gorg-service}, as {@code docs/gorg-compatibility.md} describes them. Like ours,
 * they are input: a value of the wrong type or range counts as absent, or is clamped.
 */
final class GorgHeaders {

    static final String VERSION_1 = "1.0";
    static final String VERSION_2 = "2.0";

    private GorgHeaders() {}

    /** Whether a delivery is SOA 2.0: its {@code soa-version} header's major version is 2 (absent means 1.0). */
    static boolean isVersion2(Map<String, Object> headers) {
        var version = Headers.string(headers, Headers.SOA_VERSION);
        return version != null && (version.equals("2") || version.startsWith("2."));
    }

    /**
     * The attempt a delivery is at: {@code x-agora-attempt} when it has one, else one more than the gem's
     * {@code softfail-count}, clamped from 1 to {@code maxAttempts} like ours.
     */
    static int attempt(Map<String, Object> headers, int maxAttempts) {
        if (headers.containsKey(Headers.ATTEMPT) || !headers.containsKey(Headers.SOFTFAIL_COUNT)) {
            return Headers.attempt(headers, maxAttempts);
        }
        long softfails = switch (headers.get(Headers.SOFTFAIL_COUNT)) {
            case Integer number -> number;
            case Long number -> number;
            case Short number -> number;
            case Byte number -> number;
            case null, default -> {
                var text = Headers.string(headers, Headers.SOFTFAIL_COUNT);
                yield text != null && text.matches("[0-9]{1,9}") ? Long.parseLong(text) : 0;
            }
        };
        // at most maxAttempts first: the header's Long.MAX_VALUE plus one would turn negative
        return (int) Math.clamp(Math.min(softfails, maxAttempts) + 1L, 1, maxAttempts);
    }

    /** The gem's count for a message at this attempt: the soft failures before it. */
    static int softfailCount(int attempt) {
        return Math.max(0, attempt - 1);
    }

    static @Nullable Integer statusCode(Map<String, Object> headers) {
        return switch (headers.get(Headers.STATUS_CODE)) {
            case Integer number -> number;
            case Long number when number >= 0 && number < 1000 -> number.intValue();
            case Short number -> (int) number;
            case null, default -> {
                var text = Headers.string(headers, Headers.STATUS_CODE);
                yield text != null && text.matches("[0-9]{3}") ? Integer.valueOf(text) : null;
            }
        };
    }
}
