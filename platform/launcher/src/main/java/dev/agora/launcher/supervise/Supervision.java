package dev.agora.launcher.supervise;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the supervisor knows of one service, as {@code ./agora status} and {@code up} read it.
 *
 * @param restarts how often the supervisor started it again since {@code up} started it
 * @param lastExit the code of its last exit; empty when it never exited or the code is unknown (a process the
 *     supervisor adopted rather than started)
 * @param lastExitAt when it last exited; empty if it never did
 * @param restartAt when the next restart is due, while the supervisor waits
 */
public record Supervision(
        String service,
        Phase phase,
        int restarts,
        OptionalInt lastExit,
        Optional<Instant> lastExitAt,
        int crashesInRow,
        Optional<Instant> restartAt) {

    public enum Phase {
        RUNNING,
        WAITING,
        GAVE_UP
    }

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    /** True when the service exited after {@code instant}. */
    public boolean exitedAfter(Instant instant) {
        return lastExitAt.filter(at -> at.isAfter(instant)).isPresent();
    }

    /** For people: "-", "restarted 2× (last exit 137, at 19:40:12)", "gave up after 5 crashes in a row (…)". */
    public String summary() {
        String lastExitText = lastExitAt
                .map(at -> "last exit " + exitLabel() + ", at " + TIME.format(at))
                .orElse("");
        return switch (phase) {
            case GAVE_UP -> "gave up after " + crashesInRow + " crashes in a row (" + lastExitText + ")";
            case WAITING -> "restarting at " + restartAt.map(TIME::format).orElse("?") + " (" + lastExitText + ")";
            case RUNNING -> restarts == 0 ? "-" : "restarted " + restarts + "× (" + lastExitText + ")";
        };
    }

    public String exitLabel() {
        return lastExit.isPresent() ? Integer.toString(lastExit.getAsInt()) : "unknown";
    }
}
