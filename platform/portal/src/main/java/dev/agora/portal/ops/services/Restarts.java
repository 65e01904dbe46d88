package dev.agora.portal.ops.services;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * How often the launcher's supervisor restarted a service, as its actuator's {@code info} says (service-web's
 * RestartInfoContributor).
 *
 * @param count 0 also when the service does not say (an older build, or unreachable)
 * @param lastExit the exit code before the last restart, "unknown" when the supervisor did not start that process
 * @param restartedAt an ISO-8601 instant, empty when never restarted
 */
record Restarts(int count, String lastExit, String restartedAt) {

    static final Restarts NONE = new Restarts(0, "", "");

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    /** {@code info}'s {@code restarts} object. */
    static Restarts of(JsonNode restarts) {
        return new Restarts(
                restarts.path("count").asInt(0),
                restarts.path("lastExit").asString(""),
                restarts.path("restartedAt").asString(""));
    }

    /** "restarted 2× (last exit 137, at 19:40:12)"; empty when never restarted. */
    public String summary() {
        if (count == 0) {
            return "";
        }
        return "restarted " + count + "× (last exit " + lastExit + ", at " + time() + ")";
    }

    private String time() {
        try {
            return TIME.format(Instant.parse(restartedAt));
        } catch (DateTimeParseException notAnInstant) {
            return restartedAt;
        }
    }
}
