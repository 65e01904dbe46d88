package dev.agora.messaging.amqp;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A message as the gorg_service gem 6.0 holds it once parsed ({@code GorgService::Message}), in either SOA version.
 *
 * @param softfailCount null when the delivery had no {@code softfail-count} header: the gem's {@code nil}
 * @param headers what is left of the headers once the gem took its own out
 */
record GorgMessage(
        String soaVersion,
        @Nullable String type,
        String routingKey,
        @Nullable String id,
        @Nullable String sender,
        @Nullable String correlationId,
        @Nullable String replyTo,
        @Nullable Integer softfailCount,
        Map<String, Object> headers,
        JsonNode data) {

    boolean isVersion2() {
        return soaVersion.startsWith("2");
    }

    @Nullable
    String header(String name) {
        var value = headers.get(name);
        return value == null ? null : value.toString();
    }
}
