package dev.agora.shop.e2e.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The operations an OpenAPI 3 document lists, with every {@code $ref} to its components resolved. */
public final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** References nested deeper are cut off: a recursive schema must not recurse for ever. */
    private static final int MAX_REFERENCES = 10;

    private final String service;
    private final JsonNode document;

    public ApiDocument(String service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    /** Sorted by path and method, so that the same document always gives the same cases. */
    public List<ApiOperation> operations() {
        var operations = new ArrayList<ApiOperation>();
        for (var path : document.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(operation(path.getKey(), entry.getKey(), path.getValue(), entry.getValue()));
                }
            }
        }
        operations.sort(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method));
        return operations;
    }

    private ApiOperation operation(String path, String method, JsonNode pathItem, JsonNode operation) {
        var parameters = new ArrayList<ApiOperation.Parameter>();
        for (var declared : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (var parameter : declared) {
                var resolved = resolve(parameter, 0);
                parameters.add(new ApiOperation.Parameter(
                        resolved.path("name").asString(),
                        resolved.path("in").asString(),
                        resolved.path("required").asBoolean(false),
                        resolve(resolved.path("schema"), 0)));
            }
        }
        var content = resolve(operation.path("requestBody"), 0).path("content");
        String mediaType = null;
        JsonNode body = null;
        for (var entry : content.properties()) {
            if (mediaType == null || entry.getKey().contains("json")) {
                mediaType = entry.getKey();
                body = resolve(entry.getValue().path("schema"), 0);
            }
        }
        return new ApiOperation(service, method.toUpperCase(Locale.ROOT), path, parameters, body, mediaType);
    }

    /** The node with every {@code $ref} in it replaced by what it names; {@code depth} counts references. */
    private JsonNode resolve(JsonNode node, int depth) {
        if (depth > MAX_REFERENCES) return JsonNodeFactory.instance.objectNode();
        if (node.has("$ref")) {
            return resolve(referenced(node.get("$ref").asString()), depth + 1);
        }
        if (node.isObject()) {
            var copy = JsonNodeFactory.instance.objectNode();
            for (var entry : node.properties()) {
                copy.set(entry.getKey(), resolve(entry.getValue(), depth));
            }
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(resolve(item, depth)));
            return copy;
        }
        return node;
    }

    private JsonNode referenced(String ref) {
        if (!ref.startsWith("#/")) return JsonNodeFactory.instance.objectNode();
        JsonNode node = document;
        for (var part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return node.isMissingNode() ? JsonNodeFactory.instance.objectNode() : node;
    }
}
