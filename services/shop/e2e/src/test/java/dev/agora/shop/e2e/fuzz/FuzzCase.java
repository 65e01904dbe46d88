package dev.agora.shop.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request to send: what it tries ({@code kind}), its raw target (path and query, percent-encoded as it is to
 * be sent), its headers and body, and whether it carries the operator's token.
 */
public record FuzzCase(
        ApiOperation operation, String kind, String target, Map<String, String> headers, byte[] body, boolean token) {

    public FuzzCase withoutToken() {
        return new FuzzCase(operation, kind + " (no token)", target, headers, body, false);
    }

    /** The case in a line, its body cut short, for a failure's message. */
    public String describe() {
        var text = new String(body, StandardCharsets.UTF_8);
        var shown = text.length() > 200 ? text.substring(0, 200) + "… (" + body.length + " bytes)" : text;
        return operation.name() + " [" + kind + "] " + operation.method() + " " + cut(target) + " " + headers + " "
                + shown;
    }

    private static String cut(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "… (" + text.length() + " chars)" : text;
    }
}
