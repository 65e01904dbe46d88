package dev.agora.portal.ops.services;

import dev.agora.portal.ServiceClients;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/** Asks a service's actuator {@code info} how often it was restarted; a service that does not say counts none. */
@Component
class ServiceRestarts {

    private final ServiceClients clients;

    ServiceRestarts(ServiceClients clients) {
        this.clients = clients;
    }

    Restarts of(String service) {
        try {
            var info =
                    clients.of(service).get().uri("/actuator/info").retrieve().body(JsonNode.class);
            return info == null ? Restarts.NONE : Restarts.of(info.path("restarts"));
        } catch (RestClientException unreachableOrRefused) {
            return Restarts.NONE;
        }
    }
}
