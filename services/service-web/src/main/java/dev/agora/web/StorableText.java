package dev.agora.web;

import org.jspecify.annotations.Nullable;

/**
 * Text that PostgreSQL can store as it was sent: {@code text} and {@code jsonb} refuse the NUL character, and an
 * unpaired surrogate has no UTF-8 form (the driver would store a {@code ?} in its place). Every string a request
 * brings in (body field, query parameter, path variable) is checked here before any service code sees it.
 */
final class StorableText {

    private StorableText() {}

    /** Why this text cannot be stored, or null when it can. */
    static @Nullable String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (U+%04X)".formatted((int) c);
            }
        }
        return null;
    }
}
