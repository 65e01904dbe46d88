package dev.agora.shop.e2e.fuzz;

import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A plausible value for a schema: the shape a client would send, so that a case that changes one thing in it
 * reaches as far into the handler as that one thing allows. Ids are random, so no sample names anything that exists.
 */
final class SchemaSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;

    SchemaSamples(Random random) {
        this.random = random;
    }

    JsonNode sample(JsonNode schema) {
        var variant = variant(schema);
        if (variant != schema) return sample(variant);
        if (schema.has("example") && !schema.get("example").isNull()) return schema.get("example");
        if (schema.has("enum") && !schema.get("enum").isEmpty())
            return schema.get("enum").get(0);
        return switch (type(schema)) {
            case "object" -> object(schema);
            case "array" -> NODES.arrayNode().add(sample(schema.path("items")));
            case "integer" -> NODES.numberNode(schema.path("minimum").asLong(1));
            case "number" -> NODES.numberNode(schema.path("minimum").asDouble(1));
            case "boolean" -> NODES.booleanNode(true);
            case "string" -> NODES.stringNode(text(schema));
            default -> NODES.stringNode("fuzz");
        };
    }

    String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** The schema's type; the first one that is not {@code null} when it lists several (OpenAPI 3.1). */
    static String type(JsonNode schema) {
        var type = schema.path("type");
        if (type.isArray()) {
            for (var each : type) {
                if (!each.asString().equals("null")) return each.asString();
            }
        }
        if (type.isString()) return type.asString();
        return schema.has("properties") ? "object" : "";
    }

    /** The first of {@code allOf}, {@code oneOf} or {@code anyOf}, or the schema itself. */
    static JsonNode variant(JsonNode schema) {
        for (var combination : new String[] {"allOf", "oneOf", "anyOf"}) {
            if (schema.path(combination).isArray() && !schema.get(combination).isEmpty()) {
                return schema.get(combination).get(0);
            }
        }
        return schema;
    }

    private JsonNode object(JsonNode schema) {
        var object = NODES.objectNode();
        for (var property : schema.path("properties").properties()) {
            object.set(property.getKey(), sample(property.getValue()));
        }
        return object;
    }

    private String text(JsonNode schema) {
        return switch (schema.path("format").asString("")) {
            case "uuid" -> uuid();
            case "date-time" -> "2026-01-01T00:00:00Z";
            case "date" -> "2026-01-01";
            case "email" -> "fuzz-" + uuid().substring(0, 8) + "@example.org";
            case "uri" -> "http://example.org/fuzz";
            default ->
                "f"
                        .repeat(Math.min(
                                schema.path("maxLength").asInt(Integer.MAX_VALUE),
                                Math.max(4, schema.path("minLength").asInt(4))));
        };
    }
}
