package dev.agora.portal.ops.services;

import java.net.URI;

/**
 * A service as the console's front page shows it.
 *
 * @param health UP, DOWN, OUT_OF_SERVICE… as the service's actuator says, or UNREACHABLE
 * @param parked messages in its parking queue; -1 when it has none on this broker
 * @param role its messaging role: service, client, or unknown when it does not say
 * @param restarts by the launcher's supervisor
 */
record ServiceStatus(String name, URI url, String health, long parked, String role, Restarts restarts) {

    public boolean up() {
        return "UP".equals(health);
    }

    public String openApiUrl() {
        return url + "/swagger-ui.html";
    }

    public String asyncApiUrl() {
        return url + "/asyncapi";
    }
}
