package dev.agora.shop.e2e.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

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

    /** Content types, with the body they come with. */
    static final Map<String, ContentType> CONTENT_TYPES = Map.of(
            "wildcard",
            ContentType.withDocumentedBody("*/*"),
            "wildcard subtype",
            ContentType.withDocumentedBody("application/*"),
            "garbage",
            ContentType.withDocumentedBody("garbage"),
            "unknown charset",
            ContentType.withDocumentedBody("application/json; charset=nope"),
            "text",
            ContentType.withDocumentedBody("text/plain"),
            "XML",
            new ContentType("application/xml", "<a>1</a>"),
            "multipart without a boundary",
            new ContentType("multipart/form-data", "--x\r\n\r\n"),
            "multipart of another boundary",
            new ContentType("multipart/form-data; boundary=zz", "--x\r\n\r\n--x--"),
            "form with empty fields",
            new ContentType("application/x-www-form-urlencoded", "a&b=&=c&"),
            "form with NUL",
            new ContentType("application/x-www-form-urlencoded", "a=%00"));

    List<FuzzCase> of(RequestShape documented) {
        var cases = new ArrayList<FuzzCase>();
        new TreeMap<>(ACCEPTS)
                .forEach((label, accept) ->
                        cases.add(documented.withHeader("Accept", accept).as("Accept " + label)));
        new TreeMap<>(CONTENT_TYPES).forEach((label, contentType) -> {
            var shape = documented.withHeader("Content-Type", contentType.type());
            if (contentType.body() != null) shape = shape.withBody(contentType.body());
            cases.add(shape.as("Content-Type " + label));
        });
        if (documented.operation().body() != null) {
            cases.add(documented.withHeader("Content-Type", null).as("no Content-Type"));
        }
        return cases;
    }

    /** A {@code Content-Type} and the body sent with it; a null body: the documented one. */
    record ContentType(String type, @Nullable String body) {

        static ContentType withDocumentedBody(String type) {
            return new ContentType(type, null);
        }
    }
}
