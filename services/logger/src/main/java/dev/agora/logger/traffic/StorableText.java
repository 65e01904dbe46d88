package dev.agora.logger.traffic;

import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL text and jsonb refuse the NUL character, and one such value would fail its whole batch again and
 * again: NULs from the broker are stored as U+FFFD.
 */
final class StorableText {

    private StorableText() {}

    static @Nullable String of(@Nullable String text) {
        return text == null ? null : text.replace('\0', '\uFFFD');
    }
}
