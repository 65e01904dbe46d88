package dev.agora.portal.ops.services;

import dev.agora.portal.ServiceClients;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

/**
 * Asks a service's actuator how it is, where a 503 still carries the status (DOWN, OUT_OF_SERVICE), and how often it
 * was restarted.
 */
@Component
class ServiceHealth {

    private final ServiceClients clients;

    ServiceHealth(ServiceClients clients) {
        this.clients = clients;
    }

    String of(String service) {
        try {
            var health =
                    clients.of(service).get().uri("/actuator/health").retrieve().body(JsonNode.class);
            return health == null ? "UNKNOWN" : health.path("status").asString("UNKNOWN");
        } catch (RestClientResponseException answered) {
            var body = answered.getResponseBodyAs(JsonNode.class);
            return body == null
                    ? "HTTP " + answered.getStatusCode().value()
                    : body.path("status").asString("DOWN");
        } catch (RestClientException unreachable) {
            return "UNREACHABLE";
        }
    }

    /** A service that does not say (unreachable, or an older build) counts no restarts. */
    Restarts restarts(String service) {
        try {
            var info =
                    clients.of(service).get().uri("/actuator/info").retrieve().body(JsonNode.class);
            return info == null ? Restarts.NONE : Restarts.of(info.path("restarts"));
        } catch (RestClientException unreachableOrRefused) {
            return Restarts.NONE;
        }
    }
}
