package dev.agora.portal.ops.services;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** An AsyncAPI 3.0 document reduced to what an operator reads first: which keys a service sends and receives. */
record AsyncApiSummary(String title, String version, List<Channel> channels, List<Operation> operations, String json) {

    /** @param address a routing key or a queue; "(dynamic)" for a reply, whose exchange the caller names */
    record Channel(String name, String address, String description) {}

    /** @param address the routing key or queue of the operation's channel */
    record Operation(String name, String action, String address, String summary) {}

    static AsyncApiSummary of(@Nullable JsonNode document) {
        if (document == null) {
            return new AsyncApiSummary("(empty)", "", List.of(), List.of(), "");
        }
        var channels = new ArrayList<Channel>();
        document.path("channels")
                .properties()
                .forEach(entry -> channels.add(new Channel(
                        entry.getKey(),
                        entry.getValue().path("address").asString("(dynamic)"),
                        entry.getValue().path("description").asString(""))));
        var operations = new ArrayList<Operation>();
        document.path("operations").properties().forEach(entry -> {
            var operation = entry.getValue();
            var channel =
                    resolve(document, operation.path("channel").path("$ref").asString(""));
            operations.add(new Operation(
                    entry.getKey(),
                    operation.path("action").asString(""),
                    channel.path("address").asString("(dynamic)"),
                    operation.path("summary").asString("")));
        });
        return new AsyncApiSummary(
                document.path("info").path("title").asString(""),
                document.path("asyncapi").asString(""),
                channels,
                operations,
                document.toPrettyString());
    }

    /** {@code #/channels/event.order~1created}: JSON pointer, with ~1 for / and ~0 for ~. */
    private static JsonNode resolve(JsonNode document, String ref) {
        return ref.startsWith("#")
                ? document.at(ref.substring(1))
                : tools.jackson.databind.node.MissingNode.getInstance();
    }
}
