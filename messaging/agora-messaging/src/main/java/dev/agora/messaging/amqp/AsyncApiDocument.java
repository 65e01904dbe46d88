package dev.agora.messaging.amqp;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.MessageContext;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An AsyncAPI 3.0 document of one service, generated from what the layer itself declares and dispatches:
 * the work queue and its bindings, each event and request handler with its data schema, the events the
 * service publishes, and the envelope every payload travels in.
 */
final class AsyncApiDocument {

    private final Topology topology;
    private final HandlerRegistry handlers;
    private final List<Class<?>> publishedEvents;
    private final EnvelopeCodec codec;
    private final MessagingProperties.Role role;

    AsyncApiDocument(
            Topology topology,
            HandlerRegistry handlers,
            List<Class<?>> publishedEvents,
            EnvelopeCodec codec,
            MessagingProperties.Role role) {
        this.topology = topology;
        this.role = role;
        this.handlers = handlers;
        this.publishedEvents = publishedEvents;
        this.codec = codec;
    }

    Map<String, Object> build() {
        var channels = new LinkedHashMap<String, Object>();
        var operations = new LinkedHashMap<String, Object>();
        var messages = new LinkedHashMap<String, Object>();

        if (role == MessagingProperties.Role.SERVICE) {
            channels.put("jobQueue", jobQueueChannel());
        }

        handlers.eventHandlers().forEach((pattern, methods) -> {
            var id = "event." + pattern.pattern();
            var message = messageFor(
                    id, pattern.pattern(), dataType(methods.getFirst().method()));
            messages.put(id, message);
            channels.put(id, channel(pattern.pattern(), topology.eventExchange(), id));
            operations.put(
                    "receive " + pattern.pattern(),
                    Map.of(
                            "action",
                            "receive",
                            "channel",
                            ref("channels", id),
                            "summary",
                            "handled by "
                                    + methods.stream()
                                            .map(HandlerMethod::description)
                                            .toList(),
                            "messages",
                            List.of(ref("channels/" + escape(id) + "/messages", id))));
        });
        handlers.requestHandlers().forEach((action, handler) -> {
            var key = Topology.requestKey(topology.service(), action);
            messages.put(key, messageFor(key, key, dataType(handler.method())));
            channels.put(key, channel(key, topology.requestExchange(), key));
            var replyId = "reply." + topology.service() + "." + action;
            messages.put(replyId, messageFor(replyId, replyId, handler.method().getGenericReturnType()));
            var replyChannel = new LinkedHashMap<String, Object>();
            replyChannel.put("address", null); // dynamic: the caller names its reply exchange in reply_to
            replyChannel.put("description", "the caller's reply.<caller> exchange, as given in reply_to");
            replyChannel.put("messages", Map.of(replyId, ref("components/messages", replyId)));
            channels.put(replyId, replyChannel);
            operations.put(
                    "answer " + action,
                    Map.of(
                            "action",
                            "receive",
                            "channel",
                            ref("channels", key),
                            "summary",
                            "request answered by " + handler.description(),
                            "reply",
                            Map.of("channel", ref("channels", replyId))));
        });
        for (var event : publishedEvents) {
            var name = EventNames.of(event);
            var id = "publish." + name;
            messages.put(id, messageFor(id, name, event));
            channels.put(id, channel(name, topology.eventExchange(), id));
            operations.put(
                    "send " + name,
                    Map.of(
                            "action",
                            "send",
                            "channel",
                            ref("channels", id),
                            "summary",
                            event.getSimpleName() + " through the outbox"));
        }

        var document = new LinkedHashMap<String, Object>();
        document.put("asyncapi", "3.0.0");
        document.put(
                "info",
                Map.of(
                        "title", topology.service() + " messaging",
                        "version", "1.0.0",
                        "description", "Generated by the Agora messaging layer from the service's declared topology"));
        // the console shows it; a client has no work queue
        document.put("x-agora-role", role.name().toLowerCase(java.util.Locale.ROOT));
        document.put("defaultContentType", "application/json");
        document.put("channels", channels);
        document.put("operations", operations);
        document.put(
                "components",
                Map.of(
                        "messages",
                        messages,
                        "schemas",
                        Map.of("Envelope", codec.json().readTree(EnvelopeCodec.schemaBytes()))));
        return document;
    }

    private Map<String, Object> channel(String address, String exchange, String messageId) {
        return Map.of(
                "address", address,
                "bindings",
                        Map.of(
                                "amqp",
                                Map.of(
                                        "is",
                                        "routingKey",
                                        "exchange",
                                        Map.of(
                                                "name",
                                                exchange,
                                                "type",
                                                "topic",
                                                "durable",
                                                true,
                                                "autoDelete",
                                                false,
                                                "vhost",
                                                "/"))),
                "messages", Map.of(messageId, ref("components/messages", messageId)));
    }

    private Map<String, Object> messageFor(String id, String name, Type dataType) {
        var payload = new LinkedHashMap<String, Object>();
        payload.put(
                "allOf",
                List.of(
                        Map.of("$ref", "#/components/schemas/Envelope"),
                        Map.of("type", "object", "properties", Map.of("data", JsonSchemas.of(dataType)))));
        return Map.of(
                "name", name,
                "title", id,
                "contentType", "application/json",
                "payload", payload,
                "bindings", Map.of("amqp", Map.of("deliveryMode", 2)));
    }

    private static Type dataType(Method method) {
        return Arrays.stream(method.getGenericParameterTypes())
                .filter(type -> type != MessageContext.class && type != Envelope.class && type != JsonNode.class)
                .findFirst()
                .orElse(Object.class);
    }

    private static Map<String, Object> ref(String path, String id) {
        return Map.of("$ref", "#/" + path + "/" + escape(id));
    }

    private static String escape(String id) {
        return id.replace("~", "~0").replace("/", "~1");
    }

    private Map<String, Object> jobQueueChannel() {
        var queue = Map.of(
                "name", topology.jobQueue(), "durable", true, "exclusive", false, "autoDelete", false, "vhost", "/");
        return Map.of(
                "address",
                topology.jobQueue(),
                "description",
                "Work queue shared by every instance of " + topology.service() + " (quorum queue)",
                "bindings",
                Map.of("amqp", Map.of("is", "queue", "queue", queue)));
    }
}
