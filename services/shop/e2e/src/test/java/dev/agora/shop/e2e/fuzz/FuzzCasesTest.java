package dev.agora.shop.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The cases come from the OpenAPI document alone, are the same for the same seed, and are capped. */
class FuzzCasesTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {
               "/api/orders/{id}": {"get": {"parameters": [
                   {"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}},
                   {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}}]}},
               "/api/orders": {"post": {
                   "parameters": [{"name": "Idempotency-Key", "in": "header", "required": true,
                                   "schema": {"type": "string"}}],
                   "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewOrder"}}}}}}},
             "components": {"schemas": {
               "NewOrder": {"type": "object", "required": ["userId", "lines"], "properties": {
                   "userId": {"type": "string", "format": "uuid"},
                   "lines": {"type": "array", "items": {"$ref": "#/components/schemas/Line"}},
                   "mode": {"type": "string", "enum": ["SYNC", "ASYNC"]}}},
               "Line": {"type": "object", "required": ["quantity"], "properties": {
                   "productId": {"type": "string", "format": "uuid"},
                   "quantity": {"type": "integer", "format": "int32", "minimum": 1}}}}}}
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ApiOperation> operations = new ApiDocument("order", JSON.readTree(DOCUMENT)).operations();

    @Test
    void theDocumentsOperationsAreListedInOrderWithTheirReferencesResolved() {
        assertThat(operations)
                .extracting(ApiOperation::name)
                .containsExactly("order POST /api/orders", "order GET /api/orders/{id}");
        var post = operations.getFirst();
        assertThat(post.bodyMediaType()).isEqualTo("application/json");
        assertThat(post.body().toString()).doesNotContain("$ref").contains("quantity");
    }

    @Test
    void theSameSeedGivesTheSameCasesAndAnotherSeedOthers() {
        var once = describe(new FuzzCases(7, 40).of(operations.getFirst()));
        var again = describe(new FuzzCases(7, 40).of(operations.getFirst()));
        var otherSeed = describe(new FuzzCases(8, 40).of(operations.getFirst()));

        assertThat(again).isEqualTo(once);
        assertThat(otherSeed).isNotEqualTo(once);
    }

    @Test
    void theDocumentedRequestComesFirstWithEveryFieldAndTheToken() {
        var documented = new FuzzCases(7, 40).of(operations.getFirst()).getFirst();

        assertThat(documented.kind()).isEqualTo("as documented");
        assertThat(documented.token()).isTrue();
        assertThat(documented.headers())
                .containsKey("Idempotency-Key")
                .containsEntry("Content-Type", "application/json");
        var body = JSON.readTree(documented.body());
        assertThat(body.path("lines").get(0).path("quantity").asInt()).isEqualTo(1);
        assertThat(body.path("mode").asString()).isEqualTo("SYNC");
        assertThat(body.path("userId").asString()).hasSize(36);
    }

    @Test
    void anOperationHasAtMostTheCapAndAFewCasesAgainWithoutTheToken() {
        var cases = new FuzzCases(7, 25).of(operations.getFirst());

        assertThat(cases).hasSize(25 + FuzzCases.WITHOUT_TOKEN);
        assertThat(cases).filteredOn(fuzz -> !fuzz.token()).hasSize(FuzzCases.WITHOUT_TOKEN);
    }

    @Test
    void withoutACapEveryKindOfCaseIsMade() {
        var post = new FuzzCases(7, Integer.MAX_VALUE).of(operations.getFirst());
        var get = new FuzzCases(7, Integer.MAX_VALUE).of(operations.getLast());

        assertThat(post)
                .extracting(FuzzCase::kind)
                .contains(
                        "body open brace",
                        "body userId missing",
                        "body lines[0].quantity missing",
                        "body lines[0].quantity 1E+200000",
                        "body lines[0].quantity string 1",
                        "body userId NUL",
                        "body userId unpaired high surrogate",
                        "body userId 10k dotted I",
                        "body over the 1 MB limit",
                        "header Idempotency-Key 10k characters",
                        "Content-Type wildcard",
                        "Content-Type multipart without a boundary",
                        "Content-Type form with empty fields",
                        "Accept garbage",
                        "no Content-Type");
        assertThat(get)
                .extracting(FuzzCase::kind)
                .contains(
                        "path id unknown id",
                        "path id dot-dot-slash",
                        "path id encoded NUL",
                        "path id 10k characters",
                        "query limit 2^63",
                        "query limit NUL",
                        "query limit missing");
    }

    @Test
    void aValueIsWrittenIntoTheBodyAsRawJson() {
        var cases = new FuzzCases(7, Integer.MAX_VALUE).of(operations.getFirst());

        assertThat(body(cases, "body lines[0].quantity 1E+200000")).contains("\"quantity\":1E+200000");
        assertThat(body(cases, "body userId unpaired high surrogate")).contains("\"userId\":\"\\ud800\"");
        assertThat(body(cases, "body over the 1 MB limit").length()).isGreaterThan(1024 * 1024);
    }

    @Test
    void everyHeaderCanBeSent() {
        for (var operation : operations) {
            assertThat(new FuzzCases(7, Integer.MAX_VALUE).of(operation))
                    .flatMap(fuzz -> fuzz.headers().values())
                    .allMatch(value -> value.chars().allMatch(c -> c >= 0x20 && c < 0x7f));
        }
    }

    private static List<String> describe(List<FuzzCase> cases) {
        return cases.stream().map(FuzzCase::describe).toList();
    }

    private static String body(List<FuzzCase> cases, String kind) {
        var fuzz = cases.stream()
                .filter(each -> each.kind().equals(kind))
                .findFirst()
                .orElseThrow();
        return new String(fuzz.body(), StandardCharsets.UTF_8);
    }
}
