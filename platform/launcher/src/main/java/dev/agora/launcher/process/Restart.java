package dev.agora.launcher.process;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A supervisor's restart of a service: the how-many-th, after which exit code (empty when unknown: the supervisor
 * only learns the code of processes it started itself), and when.
 */
public record Restart(int count, OptionalInt lastExit, Instant at) {

    /**
     * What the restarted process gets, so it can say it was restarted: services/service-web reads these names
     * (RestartInfoContributor) for the actuator's {@code info}.
     */
    public Map<String, String> variables() {
        var variables = new LinkedHashMap<String, String>();
        variables.put("AGORA_RESTART_COUNT", Integer.toString(count));
        variables.put("AGORA_LAST_EXIT", exitLabel());
        variables.put("AGORA_RESTARTED_AT", at.toString());
        return variables;
    }

    /** The line appended to the service's log before the new process writes its own. */
    public String logNote() {
        return "---- agora supervisor: restart " + count + " at " + at + " after exit " + exitLabel() + " ----";
    }

    public String exitLabel() {
        return lastExit.isPresent() ? Integer.toString(lastExit.getAsInt()) : "unknown";
    }
}
