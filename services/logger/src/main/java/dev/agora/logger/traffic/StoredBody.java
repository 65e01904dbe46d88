package dev.agora.logger.traffic;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** A message body as stored: its UTF-8 text, or its bytes in base64 when it is not text. */
record StoredBody(String content, boolean base64) {

    static StoredBody of(byte[] bytes) {
        var text = utf8(bytes);
        // PostgreSQL text cannot hold NUL, so such bodies are kept as binary too
        if (text == null || text.indexOf('\0') >= 0) {
            return new StoredBody(Base64.getEncoder().encodeToString(bytes), true);
        }
        return new StoredBody(text, false);
    }

    private static @Nullable String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
