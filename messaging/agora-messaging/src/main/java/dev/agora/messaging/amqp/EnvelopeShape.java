package dev.agora.messaging.amqp;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A hand-written check of the envelope shape Agora itself writes, run before the JSON Schema: what it
 * accepts, the schema accepts too ({@code EnvelopeShapeTest} holds both to that), and everything else still
 * goes through the schema. The profile showed the schema's generic evaluation, half of it regular
 * expressions, as a fifth of the consumer's time.
 */
final class EnvelopeShape {

    private EnvelopeShape() {}

    static boolean isPlainAgoraEnvelope(JsonNode tree) {
        if (!tree.isObject()) return false;
        var name = tree.get("event_name");
        var uuid = tree.get("event_uuid");
        var time = tree.get("event_creation_time");
        var sender = tree.get("event_sender_id");
        var data = tree.get("data");
        var count = tree.get("errors_count");
        var errors = tree.get("errors");
        return name != null
                && name.isString()
                && isDottedWords(name.asString())
                && uuid != null
                && uuid.isString()
                && isCanonicalUuid(uuid.asString())
                && time != null
                && time.isString()
                && utcInstant(time.asString()) != null
                && sender != null
                && sender.isString()
                && !sender.asString().isEmpty()
                && sender.asString().length() <= 255
                && data != null
                && data.isObject()
                && (count == null || (count.isIntegralNumber() && count.asLong() >= 0))
                && (errors == null || (errors.isArray() && errors.isEmpty()));
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, the form Agora writes, parsed by hand; null for any other. */
    static @Nullable Instant utcInstant(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z') return null;
        if (text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            if (text.charAt(19) != '.' || length - 21 > 9 || length - 21 < 1) return null;
            for (int i = 20; i < length - 1; i++) {
                int digit = text.charAt(i) - '0';
                if (digit < 0 || digit > 9) return null;
                nanos = nanos * 10 + digit;
            }
            for (int i = length - 21; i < 9; i++) nanos *= 10;
        }
        int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
        int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > 31
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException impossibleDate) {
            return null;
        }
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) return -1;
            value = value * 10 + digit;
        }
        return value;
    }

    private static boolean isCanonicalUuid(String text) {
        if (text.length() != 36) return false;
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) return false;
        }
        return true;
    }

    private static boolean isDottedWords(String name) {
        if (name.isEmpty() || name.length() > 255) return false;
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                if (wordStart) return false;
                wordStart = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                wordStart = false;
            } else {
                return false;
            }
        }
        return !wordStart;
    }
}
