package dev.agora.messaging.amqp;

import com.rabbitmq.client.AMQP;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The gem's two formatters ({@code GorgService::Message::FormatterV1} and {@code FormatterV2}), re-written from its
 * wire format for the tests: what it writes, and how it reads, failing where it fails. A failure to read is
 * {@link Unreadable}, which the gem raises with no message at hand, so that its listener crashes.
 */
final class GorgWire {

    static final String CLIENT_LIBRARY = "GorgService 6.0.0";
    static final Pattern EVENT_NAME = Pattern.compile("^[_a-z]+((\\.)?[_a-z]+)*$");
    private static final Set<String> V1_KEYS = Set.of(
            "event_name", "event_uuid", "event_creation_time", "event_sender_id", "data", "errors_count", "errors");
    private static final Set<String> TYPES = Set.of("event", "request", "reply", "log");

    static final class Unreadable extends RuntimeException {
        Unreadable(String reason) {
            super(reason);
        }
    }

    private final JsonMapper json = JsonMapper.builder().build();

    /** {@code GorgService::Message.parse}: the version from the {@code soa-version} header, 1 when absent. */
    GorgMessage parse(String routingKey, AMQP.BasicProperties properties, byte[] body) {
        var headers = new HashMap<String, Object>();
        if (properties.getHeaders() != null) properties.getHeaders().forEach((k, v) -> headers.put(k, v.toString()));
        var version = headers.remove("soa-version") instanceof String text ? text : "1";
        var softfails = headers.remove("softfail-count") instanceof String count ? Integer.valueOf(count) : null;
        return switch (version.split("\\.")[0]) {
            case "1" -> parseV1(routingKey, properties, body, headers, softfails);
            case "2" -> parseV2(routingKey, properties, body, headers, softfails);
            default -> throw new Unreadable("Unknown Gorg SOA version");
        };
    }

    private GorgMessage parseV1(
            String routingKey,
            AMQP.BasicProperties properties,
            byte[] body,
            Map<String, Object> headers,
            @Nullable Integer softfails) {
        var tree = readJson(body);
        // the gem validates against its JSON schema: required keys, no others, the event-name pattern
        if (!tree.isObject()
                || !V1_KEYS.containsAll(tree.propertyNames())
                || !tree.path("data").isObject()
                || !tree.path("event_uuid").isString()
                || !tree.path("event_creation_time").isString()
                || !tree.path("event_sender_id").isString()
                || !EVENT_NAME.matcher(tree.path("event_name").asString("")).matches()) {
            throw new Unreadable("Invalid JSON : This message does not respect Gadz.org JSON Schema");
        }
        OffsetDateTime.parse(tree.get("event_creation_time").asString());
        return new GorgMessage(
                "1.0",
                properties.getType(),
                routingKey,
                tree.get("event_uuid").asString(),
                tree.get("event_sender_id").asString(),
                properties.getCorrelationId(),
                properties.getReplyTo(),
                softfails,
                headers,
                tree.get("data"));
    }

    private GorgMessage parseV2(
            String routingKey,
            AMQP.BasicProperties properties,
            byte[] body,
            Map<String, Object> headers,
            @Nullable Integer softfails) {
        var type =
                properties.getType() != null ? properties.getType() : routingKey.split("\\.")[0];
        if (!TYPES.contains(type)) throw new Unreadable("Unknown type");
        if (properties.getTimestamp() != null) {
            // DateTime.parse(properties[:timestamp]) on the Time its client decoded: a TypeError
            throw new Unreadable("no implicit conversion of Time into String");
        }
        return new GorgMessage(
                "2.0",
                type,
                routingKey,
                properties.getMessageId(),
                properties.getAppId(),
                properties.getCorrelationId(),
                properties.getReplyTo(),
                softfails,
                headers,
                readJson(body));
    }

    private JsonNode readJson(byte[] body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException e) {
            throw new Unreadable("Unprocessable message : Unable to parse JSON message body");
        }
    }

    /**
     * A message to publish as the gem renders it: its formatter's properties (content encoding "deflate" on a plain
     * JSON body, as the gem labels everything) and body.
     *
     * @param extraHeaders a 2.0 reply's or log's own headers (status-code, level...)
     */
    Rendered render(
            String soaVersion,
            String type,
            String routingKey,
            String id,
            String sender,
            @Nullable String correlationId,
            @Nullable String replyTo,
            int softfailCount,
            Map<String, Object> extraHeaders,
            @Nullable JsonNode data) {
        var headers = new LinkedHashMap<String, Object>();
        headers.put("soa-version", soaVersion);
        headers.put("client-library", CLIENT_LIBRARY);
        headers.put("softfail-count", softfailCount);
        if (soaVersion.startsWith("2")) headers.putAll(extraHeaders);
        var properties = new AMQP.BasicProperties.Builder()
                .replyTo(replyTo)
                .correlationId(correlationId)
                .contentType("application/json")
                .contentEncoding("deflate")
                .headers(headers)
                .appId(sender)
                .type(type)
                .messageId(id)
                .build();
        byte[] body;
        if (soaVersion.startsWith("2")) {
            body = json.writeValueAsBytes(data);
        } else {
            ObjectNode envelope = json.createObjectNode();
            envelope.put("event_uuid", id);
            envelope.put("event_name", routingKey);
            envelope.put("event_sender_id", sender);
            envelope.put(
                    "event_creation_time",
                    OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            envelope.set("data", data);
            body = json.writeValueAsBytes(envelope);
        }
        return new Rendered(routingKey, properties, body);
    }

    /** The same message again (a softfail's retry), with the count the gem incremented. */
    Rendered renderAgain(GorgMessage message, int softfailCount) {
        var rendered = render(
                message.soaVersion(),
                message.type() == null ? "event" : message.type(),
                message.routingKey(),
                message.id() == null ? UUID.randomUUID().toString() : message.id(),
                message.sender(),
                message.correlationId(),
                message.replyTo(),
                softfailCount,
                Map.of(),
                message.data());
        var headers = new LinkedHashMap<>(message.headers());
        headers.putAll(rendered.properties().getHeaders());
        return new Rendered(
                rendered.routingKey(),
                rendered.properties().builder().headers(headers).build(),
                rendered.body());
    }

    record Rendered(String routingKey, AMQP.BasicProperties properties, byte[] body) {}
}
