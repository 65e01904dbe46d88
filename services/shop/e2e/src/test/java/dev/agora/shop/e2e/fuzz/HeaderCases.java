package dev.agora.shop.e2e.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cases for the headers every request has: garbage and unsatisfiable {@code Accept}, wrong, wildcard and
 * malformed {@code Content-Type}s (multipart without a boundary, a form with empty fields), whatever the body.
 */
final class HeaderCases {

    static final Map<String, String> ACCEPTS = Map.of(
            "garbage", "garbage",
            "only separators", ";;;",
            "unbalanced quote", "text/\"plain",
            "bad quality", "application/json;q=x",
            "image", "image/png",
            "HTML", "text/html");

    /** Content types with the body they come with; null: the documented body. */
    static final Map<String, String[]> CONTENT_TYPES = Map.of(
            "wildcard", new String[] {"*/*", null},
            "wildcard subtype", new String[] {"application/*", null},
            "garbage", new String[] {"garbage", null},
            "unknown charset", new String[] {"application/json; charset=nope", null},
            "text", new String[] {"text/plain", null},
            "XML", new String[] {"application/xml", "<a>1</a>"},
            "multipart without a boundary", new String[] {"multipart/form-data", "--x\r\n\r\n"},
            "multipart of another boundary", new String[] {"multipart/form-data; boundary=zz", "--x\r\n\r\n--x--"},
            "form with empty fields", new String[] {"application/x-www-form-urlencoded", "a&b=&=c&"},
            "form with NUL", new String[] {"application/x-www-form-urlencoded", "a=%00"});

    List<FuzzCase> of(RequestShape documented) {
        var cases = new ArrayList<FuzzCase>();
        new java.util.TreeMap<>(ACCEPTS)
                .forEach((label, accept) ->
                        cases.add(documented.withHeader("Accept", accept).as("Accept " + label)));
        new java.util.TreeMap<>(CONTENT_TYPES).forEach((label, typeAndBody) -> {
            var shape = documented.withHeader("Content-Type", typeAndBody[0]);
            if (typeAndBody[1] != null) shape = shape.withBody(typeAndBody[1]);
            cases.add(shape.as("Content-Type " + label));
        });
        if (documented.operation().body() != null) {
            cases.add(documented.withHeader("Content-Type", null).as("no Content-Type"));
        }
        return cases;
    }
}
