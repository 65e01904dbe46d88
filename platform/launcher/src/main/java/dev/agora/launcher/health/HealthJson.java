package dev.agora.launcher.health;

/**
 * Reads the top-level {@code "status"} of an actuator health document without a JSON library. Only the outermost
 * object counts: a component reporting UP must not make a DOWN service look healthy.
 */
public final class HealthJson {

    private static final String KEY = "\"status\"";

    private HealthJson() {}

    public static boolean isUp(String json) {
        return "UP".equals(topLevelStatus(json));
    }

    /** The top-level status value, or null when the document has none. */
    static String topLevelStatus(String json) {
        int depth = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == '"') {
                int end = endOfString(json, i);
                if (depth == 1 && json.startsWith(KEY, i)) {
                    String value = valueAfterKey(json, end + 1);
                    if (value != null) {
                        return value;
                    }
                }
                i = end;
            }
        }
        return null;
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

    /** The string value when {@code from} is followed by {@code : "value"}; null when this was not a key. */
    private static String valueAfterKey(String json, int from) {
        int i = skipWhitespace(json, from);
        if (i >= json.length() || json.charAt(i) != ':') {
            return null;
        }
        i = skipWhitespace(json, i + 1);
        if (i >= json.length() || json.charAt(i) != '"') {
            return null;
        }
        return json.substring(i + 1, endOfString(json, i));
    }

    private static int skipWhitespace(String json, int from) {
        int i = from;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }
}
