package dev.agora.portal.ops.services;

import dev.agora.portal.ServiceClients;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * Asks a service which messaging role it has ({@code service} or {@code client}), as its AsyncAPI document's
 * {@code x-agora-role} says (see messaging's AsyncApiDocument); "unknown" when it does not answer.
 */
@Component
record ServiceRoles(ServiceClients clients) {

    String of(String service) {
        try {
            var document = clients.of(service).get().uri("/asyncapi").retrieve().body(JsonNode.class);
            return document == null ? "unknown" : document.path("x-agora-role").asString("unknown");
        } catch (RestClientException unreachable) {
            return "unknown";
        }
    }
}
