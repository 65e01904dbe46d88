package dev.agora.web;

import java.util.LinkedHashMap;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.core.env.Environment;

/**
 * {@code restarts} in the actuator's {@code info}: how often the launcher's supervisor restarted this service, after
 * which exit and when, from the variables it starts a restarted process with (platform/launcher, {@code Restart}).
 * The ops console shows it beside the service's health.
 */
final class RestartInfoContributor implements InfoContributor {

    static final String COUNT = "AGORA_RESTART_COUNT";
    static final String LAST_EXIT = "AGORA_LAST_EXIT";
    static final String RESTARTED_AT = "AGORA_RESTARTED_AT";

    private final Environment environment;

    RestartInfoContributor(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void contribute(Info.Builder builder) {
        var restarts = new LinkedHashMap<String, Object>();
        restarts.put("count", environment.getProperty(COUNT, Integer.class, 0));
        String lastExit = environment.getProperty(LAST_EXIT);
        if (lastExit != null) {
            restarts.put("lastExit", lastExit);
        }
        String restartedAt = environment.getProperty(RESTARTED_AT);
        if (restartedAt != null) {
            restarts.put("restartedAt", restartedAt);
        }
        builder.withDetail("restarts", restarts);
    }
}
