package dev.agora.shop.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request to an operation, each part as it goes on the wire: path values and query pairs percent-encoded,
 * headers, body bytes. Cases are this shape with one part changed.
 */
record RequestShape(
        ApiOperation operation,
        Map<String, String> pathValues,
        List<String> query,
        Map<String, String> headers,
        byte[] body) {

    static final String ACCEPT = "application/json, application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Headers the cases set themselves; a document that lists them as parameters does not choose them. */
    private static final Set<String> OWN_HEADERS = Set.of("accept", "content-type", "authorization", "content-length");

    /** The request as the document describes it, every parameter given a sample value. */
    static RequestShape documented(ApiOperation operation, SchemaSamples samples) {
        var path = new LinkedHashMap<String, String>();
        var query = new ArrayList<String>();
        var headers = new LinkedHashMap<String, String>();
        headers.put("Accept", ACCEPT);
        for (var parameter : operation.parameters()) {
            var value = text(samples.sample(parameter.schema()));
            switch (parameter.in()) {
                case "path" -> path.put(parameter.name(), UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
                case "query" -> query.add(pair(parameter.name(), value));
                case "header" -> {
                    if (!OWN_HEADERS.contains(parameter.name().toLowerCase(Locale.ROOT))) {
                        headers.put(parameter.name(), value);
                    }
                }
                default -> {}
            }
        }
        var body = new byte[0];
        if (operation.body() != null) {
            headers.put("Content-Type", operation.bodyMediaType());
            body = JSON.writeValueAsBytes(samples.sample(operation.body()));
        }
        return new RequestShape(operation, path, List.copyOf(query), headers, body);
    }

    static String pair(String name, String value) {
        return UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8) + "="
                + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8);
    }

    String target() {
        var target = operation.path();
        for (var value : pathValues.entrySet()) {
            target = target.replace("{" + value.getKey() + "}", value.getValue());
        }
        return query.isEmpty() ? target : target + "?" + String.join("&", query);
    }

    RequestShape withPath(String name, String encoded) {
        var values = new LinkedHashMap<>(pathValues);
        values.put(name, encoded);
        return new RequestShape(operation, values, query, headers, body);
    }

    RequestShape withQuery(List<String> pairs) {
        return new RequestShape(operation, pathValues, List.copyOf(pairs), headers, body);
    }

    /** With the header set, or removed when {@code value} is null. */
    RequestShape withHeader(String name, @Nullable String value) {
        var changed = new LinkedHashMap<>(headers);
        if (value == null) changed.remove(name);
        else changed.put(name, value);
        return new RequestShape(operation, pathValues, query, changed, body);
    }

    RequestShape withBody(byte[] bytes) {
        return new RequestShape(operation, pathValues, query, headers, bytes);
    }

    RequestShape withBody(String text) {
        return withBody(text.getBytes(StandardCharsets.UTF_8));
    }

    FuzzCase as(String kind) {
        return new FuzzCase(operation, kind, target(), new LinkedHashMap<>(headers), body, true);
    }

    private static String text(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }
}
