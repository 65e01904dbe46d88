package dev.agora.portal.ops.topology;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Reads exchanges, queues and bindings of the platform's virtual host from the RabbitMQ management API. */
@Component
class BrokerManagement {

    private final RestClient http;
    private final String vhost;

    BrokerManagement(
            RestClient.Builder builder,
            RabbitProperties rabbit,
            @Value("${agora.infrastructure.rabbitmq-management-url:http://127.0.0.1:15672}") String managementUrl) {
        this.http = builder.clone()
                .baseUrl(managementUrl)
                .defaultHeaders(headers -> headers.setBasicAuth(rabbit.getUsername(), rabbit.getPassword()))
                .build();
        this.vhost = rabbit.getVirtualHost() == null ? "/" : rabbit.getVirtualHost();
    }

    BrokerState read() {
        return new BrokerState(
                list("/api/exchanges/{vhost}").stream()
                        .map(BrokerManagement::exchange)
                        .toList(),
                list("/api/queues/{vhost}").stream()
                        .map(BrokerManagement::queue)
                        .toList(),
                list("/api/bindings/{vhost}").stream()
                        .map(BrokerManagement::binding)
                        .toList());
    }

    private List<JsonNode> list(String path) {
        JsonNode array = http.get().uri(path, Map.of("vhost", vhost)).retrieve().body(JsonNode.class);
        return array == null
                ? List.of()
                : StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static BrokerState.Exchange exchange(JsonNode json) {
        return new BrokerState.Exchange(
                json.path("name").asString(), json.path("type").asString(), rate(json, "publish_in_details"));
    }

    private static BrokerState.Queue queue(JsonNode json) {
        var arguments = json.path("arguments");
        return new BrokerState.Queue(
                json.path("name").asString(),
                json.path("type").asString("classic"),
                json.path("messages").asLong(0),
                json.path("messages_unacknowledged").asLong(0),
                json.path("consumers").asInt(0),
                rate(json, "publish_details"),
                rate(json, "deliver_get_details"),
                // empty is the default exchange, not "none": a work queue dead-letters to its parking queue through it
                arguments.path("x-dead-letter-exchange").isString()
                        ? arguments.path("x-dead-letter-exchange").asString()
                        : null,
                text(arguments, "x-dead-letter-routing-key"),
                arguments.path("x-message-ttl").isNumber()
                        ? arguments.path("x-message-ttl").asLong()
                        : null);
    }

    private static BrokerState.Binding binding(JsonNode json) {
        return new BrokerState.Binding(
                json.path("source").asString(),
                json.path("destination").asString(),
                "queue".equals(json.path("destination_type").asString()),
                json.path("routing_key").asString());
    }

    private static double rate(JsonNode json, String details) {
        return json.path("message_stats").path(details).path("rate").asDouble(0);
    }

    private static @Nullable String text(JsonNode json, String field) {
        var value = json.path(field);
        return value.isString() && !value.asString().isEmpty() ? value.asString() : null;
    }
}
