package dev.agora.messaging.test;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The parts of RabbitMQ's management HTTP API that tests need: vhosts, connections and topology. */
public final class RabbitManagement {

    private final RestClient http;

    public RabbitManagement(String baseUrl, String user, String password) {
        this.http = RestClient.builder()
                .baseUrl(baseUrl)
                .defaultHeaders(h -> h.setBasicAuth(user, password))
                .build();
    }

    public static RabbitManagement local() {
        return new RabbitManagement(
                "http://" + TestServers.rabbitHost() + ":" + TestServers.env("AGORA_RABBITMQ_MANAGEMENT_PORT", "15672")
                        + "/api",
                TestServers.rabbitUser(),
                TestServers.rabbitPassword());
    }

    public void createVhost(String vhost) {
        http.put().uri("/vhosts/{v}", vhost).retrieve().toBodilessEntity();
        http.put()
                .uri("/permissions/{v}/{u}", vhost, TestServers.rabbitUser())
                .body(Map.of("configure", ".*", "write", ".*", "read", ".*"))
                .retrieve()
                .toBodilessEntity();
    }

    public void deleteVhost(String vhost) {
        try {
            http.delete().uri("/vhosts/{v}", vhost).retrieve().toBodilessEntity();
        } catch (HttpClientErrorException.NotFound alreadyGone) {
            // nothing to clean up
        }
    }

    public List<String> vhosts() {
        return list("/vhosts").stream().map(v -> v.get("name").asString()).toList();
    }

    public List<JsonNode> connections(String vhost) {
        return list("/vhosts/{v}/connections", vhost);
    }

    /** Closes every client connection of the vhost, as a network failure or a broker restart would. */
    public int closeConnections(String vhost) {
        var connections = connections(vhost);
        for (var connection : connections) {
            try {
                http.delete()
                        .uri("/connections/{c}", connection.get("name").asString())
                        .header("X-Reason", "closed by an Agora test")
                        .retrieve()
                        .toBodilessEntity();
            } catch (HttpClientErrorException.NotFound alreadyGone) {
                // closed meanwhile
            }
        }
        return connections.size();
    }

    public List<JsonNode> exchanges(String vhost) {
        return list("/exchanges/{v}", vhost);
    }

    public List<JsonNode> queues(String vhost) {
        return list("/queues/{v}", vhost);
    }

    public List<JsonNode> bindings(String vhost) {
        return list("/bindings/{v}", vhost);
    }

    public boolean isUp() {
        try {
            return http.get().uri("/overview").retrieve().toBodilessEntity().getStatusCode() == HttpStatus.OK;
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    /** Variables are encoded by the template, so vhost and connection names may hold any character. */
    private List<JsonNode> list(String template, Object... variables) {
        var result = http.get()
                .uri(template, variables)
                .retrieve()
                .body(new ParameterizedTypeReference<List<JsonNode>>() {});
        return result == null ? List.of() : result;
    }
}
