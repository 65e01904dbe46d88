package dev.agora.demo;

import java.util.List;
import java.util.concurrent.Executors;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

/** Asks every service of the platform for its health ({@code /actuator/health}), all at once. */
final class HealthCheck {

    enum State {
        UP,
        /** answers, but not as healthy (or not as an Agora service) */
        UNHEALTHY,
        /** no answer at all */
        UNREACHABLE
    }

    record Result(Endpoint endpoint, State state, String detail) {

        boolean up() {
            return state == State.UP;
        }
    }

    private final RestClient http;

    HealthCheck(RestClient http) {
        this.http = http;
    }

    List<Result> check(List<Endpoint> endpoints) {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var probes = endpoints.stream()
                    .map(endpoint -> executor.submit(() -> probe(endpoint)))
                    .toList();
            return probes.stream()
                    .map(probe -> {
                        try {
                            return probe.get();
                        } catch (Exception e) {
                            throw new IllegalStateException("health probe failed", e);
                        }
                    })
                    .toList();
        }
    }

    Result probe(Endpoint endpoint) {
        try {
            var health = http.get()
                    .uri(endpoint.url() + "/actuator/health")
                    .retrieve()
                    .body(JsonNode.class);
            var status = health == null || !health.has("status")
                    ? "?"
                    : health.get("status").asString();
            return status.equals("UP")
                    ? new Result(endpoint, State.UP, "UP")
                    : new Result(endpoint, State.UNHEALTHY, "answers, but reports " + status);
        } catch (RestClientResponseException answered) {
            if (!endpoint.required()) { // the portal need not be an actuator-run service: an answer is enough
                return new Result(endpoint, State.UP, "answers");
            }
            var body = answered.getResponseBodyAsString();
            return new Result(
                    endpoint,
                    State.UNHEALTHY,
                    "answers " + answered.getStatusCode().value()
                            + (body.contains("\"DOWN\"") ? ", reports DOWN" : " to /actuator/health"));
        } catch (RestClientException unreachable) {
            return new Result(endpoint, State.UNREACHABLE, "not answering");
        }
    }
}
