package dev.agora.shop.e2e.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cases for path, query and header parameters: unknown and malformed ids, boundary and huge numbers, long and
 * unicode text, NUL and control characters, encodings Tomcat refuses, missing and repeated parameters.
 */
final class ParameterCases {

    /**
     * Path segments as sent, already percent-encoded (or deliberately not). A malformed escape ({@code %zz}) is
     * not here: the client cannot send it (service-web's ErrorBodiesIT does, over a socket).
     */
    static final Map<String, String> PATH_VALUES = Map.ofEntries(
            Map.entry("x", "x"),
            Map.entry("empty", ""),
            Map.entry("dot-dot-slash", "../"),
            Map.entry("encoded dot-dot-slash", "%2e%2e%2f"),
            Map.entry("encoded NUL", "%00"),
            Map.entry("NUL inside", "a%00b"),
            Map.entry("encoded slash", "a%2Fb"),
            Map.entry("encoded surrogate", "%ED%A0%80"),
            Map.entry("dotted I", "%C4%B0"),
            Map.entry("emoji", "%F0%9F%98%80"),
            Map.entry("space", "%20"),
            Map.entry("-1", "-1"),
            Map.entry("2^63", "9223372036854775808"),
            Map.entry("300 characters", "a".repeat(300)),
            Map.entry("10k characters", "a".repeat(10_000)));

    /** Query values before encoding, beside {@link #PATH_VALUES} sent as they are. */
    static final Map<String, String> QUERY_VALUES = Map.ofEntries(
            Map.entry("0", "0"),
            Map.entry("-1", "-1"),
            Map.entry("2^31", "2147483648"),
            Map.entry("2^63", "9223372036854775808"),
            Map.entry("1e20", "1e20"),
            Map.entry("1E+200000", "1E+200000"),
            Map.entry("NaN", "NaN"),
            Map.entry("1.5", "1.5"),
            Map.entry("true", "true"),
            Map.entry("NUL", "\0"),
            Map.entry("control characters", "\u0001\u001f\u007f"),
            Map.entry("60 dotted I", "İ".repeat(60)),
            Map.entry("emoji", "😀"),
            Map.entry("right-to-left override", "\u202eevil"),
            Map.entry("pattern characters", "*.#"));

    /** Header values: only visible ASCII travels in a header, so the hostile ones are sizes and spaces. */
    static final Map<String, String> HEADER_VALUES = Map.of(
            "empty", "",
            "space", " ",
            "300 characters", "a".repeat(300),
            "10k characters", "a".repeat(10_000),
            "quotes and semicolons", "\";,=");

    private final SchemaSamples samples;

    ParameterCases(SchemaSamples samples) {
        this.samples = samples;
    }

    List<FuzzCase> of(RequestShape documented) {
        var cases = new ArrayList<FuzzCase>();
        var operation = documented.operation();
        for (var parameter : operation.in("path")) {
            cases.add(documented
                    .withPath(parameter.name(), samples.uuid())
                    .as("path " + parameter.name() + " unknown id"));
            sorted(PATH_VALUES)
                    .forEach((label, value) -> cases.add(
                            documented.withPath(parameter.name(), value).as("path " + parameter.name() + " " + label)));
        }
        var query = documented.query();
        for (int i = 0; i < query.size(); i++) {
            var name = operation.in("query").get(i).name();
            var at = i;
            sorted(QUERY_VALUES)
                    .forEach((label, value) -> cases.add(documented
                            .withQuery(replaced(query, at, RequestShape.pair(name, value)))
                            .as("query " + name + " " + label)));
            sorted(PATH_VALUES)
                    .forEach((label, value) -> cases.add(documented
                            .withQuery(replaced(query, at, name + "=" + value))
                            .as("query " + name + " " + label)));
            var without = new ArrayList<>(query);
            without.remove(at);
            cases.add(documented.withQuery(without).as("query " + name + " missing"));
            var repeated = new ArrayList<>(query);
            repeated.add(query.get(at));
            cases.add(documented.withQuery(repeated).as("query " + name + " repeated"));
            cases.add(documented.withQuery(replaced(query, at, name)).as("query " + name + " without ="));
        }
        var unknown = new ArrayList<>(query);
        unknown.add("%00=1");
        cases.add(documented.withQuery(unknown).as("query parameter named NUL"));
        for (var parameter : operation.in("header")) {
            if (documented.headers().containsKey(parameter.name())) {
                sorted(HEADER_VALUES)
                        .forEach((label, value) -> cases.add(documented
                                .withHeader(parameter.name(), value)
                                .as("header " + parameter.name() + " " + label)));
            }
        }
        return cases;
    }

    private static List<String> replaced(List<String> query, int at, String pair) {
        var changed = new ArrayList<>(query);
        changed.set(at, pair);
        return changed;
    }

    /** In the order of their labels, so that the cases are the same every run. */
    static Map<String, String> sorted(Map<String, String> values) {
        return new TreeMap<>(values);
    }
}
