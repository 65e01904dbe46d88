package dev.agora.shop.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cases for a JSON body: malformed JSON, then, one field at a time, wrong types, boundary and huge numbers, long and
 * unicode text, NUL and control characters, unpaired surrogates as JSON escapes, and each required field missing.
 */
final class BodyCases {

    /** Raw JSON values, written into the body as they are. */
    static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("0", "0"),
            Map.entry("-1", "-1"),
            Map.entry("2^31", "2147483648"),
            Map.entry("-2^31-1", "-2147483649"),
            Map.entry("2^63", "9223372036854775808"),
            Map.entry("1e20", "1e20"),
            Map.entry("1E+200000", "1E+200000"),
            Map.entry("-1E+200000", "-1E+200000"),
            Map.entry("1E-200000", "1E-200000"),
            Map.entry("1.5", "1.5"),
            Map.entry("30 decimals", "0." + "1".repeat(30)),
            Map.entry("string NaN", "\"NaN\""),
            Map.entry("string Infinity", "\"Infinity\""),
            Map.entry("string 1", "\"1\""));

    static final Map<String, String> STRINGS = Map.ofEntries(
            Map.entry("empty", "\"\""),
            Map.entry("blank", "\" \\t \""),
            Map.entry("10k characters", "\"" + "a".repeat(10_000) + "\""),
            Map.entry("60 dotted I", "\"" + "İ".repeat(60) + "\""),
            Map.entry("10k dotted I", "\"" + "İ".repeat(10_000) + "\""),
            Map.entry("emoji", "\"😀👍🏽\""),
            Map.entry("unpaired high surrogate", "\"\\ud800\""),
            Map.entry("unpaired low surrogate", "\"a\\udc00b\""),
            Map.entry("NUL", "\"\\u0000\""),
            Map.entry("NUL inside", "\"a\\u0000b\""),
            Map.entry("control characters", "\"\\u0001\\u001f\\u007f\""),
            Map.entry("right-to-left override", "\"\\u202eevil\""),
            Map.entry("SQL", "\"'; DROP TABLE x; --\""),
            Map.entry("number", "1"));

    static final Map<String, String> WRONG_TYPES = Map.of(
            "null",
            "null",
            "true",
            "true",
            "object",
            "{}",
            "array",
            "[]",
            "text",
            "\"x\"",
            "huge array",
            "[" + "1,".repeat(50_000) + "1]");

    /** Whole bodies that are not the JSON asked for. */
    static final Map<String, String> MALFORMED = Map.ofEntries(
            Map.entry("empty body", ""),
            Map.entry("open brace", "{"),
            Map.entry("missing value", "{\"a\":}"),
            Map.entry("trailing comma", "{\"a\":1,}"),
            Map.entry("trailing garbage", "{}x"),
            Map.entry("two documents", "{} {}"),
            Map.entry("null", "null"),
            Map.entry("array", "[]"),
            Map.entry("string", "\"x\""),
            Map.entry("number", "1"),
            Map.entry("single quotes", "{'a':1}"),
            Map.entry("comment", "/* x */ {}"),
            Map.entry("100k nested arrays", "[".repeat(100_000)),
            Map.entry("10k nested objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)),
            Map.entry("1000-digit number", "1".repeat(1000)));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MARK = "__fuzz_value__";
    private static final int OVER_THE_LIMIT = 1024 * 1024 + 1024;

    List<FuzzCase> of(RequestShape documented) {
        var schema = documented.operation().body();
        if (schema == null) return List.of();
        var cases = new ArrayList<FuzzCase>();
        ParameterCases.sorted(MALFORMED)
                .forEach((label, body) -> cases.add(documented.withBody(body).as("body " + label)));
        cases.add(documented
                .withBody(new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'})
                .as("body not UTF-8"));
        cases.add(documented.withBody(utf16(documented.body())).as("body in UTF-16"));
        var oversized = "{\"x\":\"" + "a".repeat(OVER_THE_LIMIT) + "\"}";
        cases.add(documented.withBody(oversized).as("body over the 1 MB limit"));
        var sample = JSON.readTree(documented.body());
        if (sample.isObject()) {
            cases.add(documented.withBody("{}").as("body without any field"));
            fields(schema, sample, "", documented, cases);
        }
        return cases;
    }

    /** Every field of this object, nested objects and the first item of arrays included, one at a time. */
    private void fields(JsonNode schema, JsonNode sample, String path, RequestShape documented, List<FuzzCase> cases) {
        var object = SchemaSamples.variant(schema);
        for (var required : object.path("required")) {
            var without = JSON.readTree(documented.body());
            ((ObjectNode) at(without, path)).remove(required.asString());
            cases.add(documented
                    .withBody(JSON.writeValueAsBytes(without))
                    .as("body " + path + required.asString() + " missing"));
        }
        for (var property : object.path("properties").properties()) {
            var name = path + property.getKey();
            var propertySchema = SchemaSamples.variant(property.getValue());
            for (var value : values(SchemaSamples.type(propertySchema)).entrySet()) {
                cases.add(documented
                        .withBody(replaced(documented.body(), path, property.getKey(), value.getValue()))
                        .as("body " + name + " " + value.getKey()));
            }
            var nested = sample.path(property.getKey());
            if (nested.isObject()) {
                fields(propertySchema, nested, name + ".", documented, cases);
            } else if (nested.isArray() && !nested.isEmpty() && nested.get(0).isObject()) {
                fields(
                        SchemaSamples.variant(propertySchema.path("items")),
                        nested.get(0),
                        name + "[0].",
                        documented,
                        cases);
            }
        }
    }

    private static Map<String, String> values(String type) {
        var values = new TreeMap<>(WRONG_TYPES);
        switch (type) {
            case "integer", "number" -> values.putAll(NUMBERS);
            case "string" -> values.putAll(STRINGS);
            default -> {}
        }
        return values;
    }

    /** The body with the field at {@code path} + {@code field} replaced by raw JSON. */
    private static byte[] replaced(byte[] body, String path, String field, String rawValue) {
        var tree = JSON.readTree(body);
        ((ObjectNode) at(tree, path)).put(field, MARK);
        var text = JSON.writeValueAsString(tree).replace("\"" + MARK + "\"", rawValue);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The object a path such as {@code lines[0].} names, from the top of the body. */
    private static JsonNode at(JsonNode tree, String path) {
        var node = tree;
        for (var step : path.split("\\.")) {
            if (step.isEmpty()) continue;
            if (step.endsWith("[0]")) {
                node = node.path(step.substring(0, step.length() - 3));
                node = node instanceof ArrayNode array ? array.get(0) : JsonNodeFactory.instance.objectNode();
            } else {
                node = node.path(step);
            }
        }
        return node;
    }

    private static byte[] utf16(byte[] utf8) {
        return new String(utf8, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
    }
}
