package dev.agora.launcher.health;

import dev.agora.launcher.json.TopLevelJson;

/**
 * Reads the top-level {@code "status"} of an actuator health document. Only the outermost object counts: a component
 * reporting UP must not make a DOWN service look healthy.
 */
public final class HealthJson {

    private HealthJson() {}

    public static boolean isUp(String json) {
        return "UP".equals(topLevelStatus(json));
    }

    /** The top-level status value, or null when the document has none. */
    static String topLevelStatus(String json) {
        return TopLevelJson.string(json, "status").orElse(null);
    }
}
