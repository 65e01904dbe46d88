package dev.agora.shop.e2e.fuzz;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document, its schemas resolved.
 *
 * @param service the name of the service whose document lists it
 * @param path the path template, such as {@code /api/orders/{id}}
 * @param body the request body's schema, or null when it takes none
 * @param bodyMediaType the media type the body is declared in, or null when it takes none
 */
public record ApiOperation(
        String service,
        String method,
        String path,
        List<Parameter> parameters,
        @Nullable JsonNode body,
        @Nullable String bodyMediaType) {

    public String name() {
        return service + " " + method + " " + path;
    }

    public List<Parameter> in(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    /** A path, query or header parameter; {@code schema} is resolved. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {}
}
