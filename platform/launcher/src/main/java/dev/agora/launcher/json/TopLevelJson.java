package dev.agora.launcher.json;

import java.util.Optional;

/**
 * Reads a string value of the outermost object of a JSON document without a JSON library: what the launcher needs
 * from a health document or a token response. A key inside a nested object or inside a string does not count.
 */
public final class TopLevelJson {

    private TopLevelJson() {}

    /** The unescaped string value of {@code key} in the outermost object; empty when there is none. */
    public static Optional<String> string(String json, String key) {
        String quotedKey = "\"" + key + "\"";
        int depth = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == '"') {
                int end = endOfString(json, i);
                if (depth == 1 && json.startsWith(quotedKey, i)) {
                    Optional<String> value = valueAfterKey(json, end + 1);
                    if (value.isPresent()) {
                        return value;
                    }
                }
                i = end;
            }
        }
        return Optional.empty();
    }

    /** Index of the closing quote of the string opening at {@code start}, skipping escaped characters. */
    private static int endOfString(String json, int start) {
        for (int i = start + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return json.length();
    }

    /** The string value when {@code from} is followed by {@code : "value"}; empty when this was not a key. */
    private static Optional<String> valueAfterKey(String json, int from) {
        int i = skipWhitespace(json, from);
        if (i >= json.length() || json.charAt(i) != ':') {
            return Optional.empty();
        }
        i = skipWhitespace(json, i + 1);
        if (i >= json.length() || json.charAt(i) != '"') {
            return Optional.empty();
        }
        int end = endOfString(json, i);
        if (end >= json.length()) {
            return Optional.empty(); // the document ends inside the string
        }
        return Optional.of(unescape(json.substring(i + 1, end)));
    }

    private static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        var text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                text.append(c);
                continue;
            }
            char escaped = raw.charAt(++i);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'u' -> {
                    String hex = i + 4 < raw.length() ? raw.substring(i + 1, i + 5) : "";
                    if (hex.matches("[0-9a-fA-F]{4}")) {
                        text.append((char) Integer.parseInt(hex, 16));
                        i += 4;
                    } else {
                        text.append("\\u"); // not an escape after all: kept as written
                    }
                }
                default -> text.append(escaped); // \" \\ \/
            }
        }
        return text.toString();
    }

    private static int skipWhitespace(String json, int from) {
        int i = from;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }
}
