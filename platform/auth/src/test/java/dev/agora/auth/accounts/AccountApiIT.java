package dev.agora.auth.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.auth.AuthHttp;
import dev.agora.auth.AuthServerTest;
import dev.agora.auth.TestClients;
import dev.agora.messaging.test.IsolatedServers;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code POST /api/accounts} as the user service calls it: only with a token that has {@code accounts.write}, one
 * account per user id whatever the number of calls, one account per username, every refusal a problem naming the
 * field; and no password ever in the log.
 */
@AuthServerTest
@ExtendWith(OutputCaptureExtension.class)
class AccountApiIT {

    @RegisterExtension
    static final IsolatedServers servers = IsolatedServers.schemaOnly();

    private static final String PASSWORD = "correct horse battery";

    @Value("${AGORA_AUTH_URL}")
    String base;

    @Value("${server.address}")
    String bindAddress;

    private AuthHttp http;

    @BeforeEach
    void connect() {
        http = new AuthHttp(base);
        servers.jdbc().update("DELETE FROM account WHERE user_id IS NOT NULL");
    }

    @Test
    void withoutATokenTheAnswerIs401AsAProblemNamingBearer() {
        var response = http.postJson("/api/accounts", account("ann@example.com", UUID.randomUUID()), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertProblem(response);
        assertThat(accounts()).isZero();
    }

    @Test
    void aForgedTokenIs401() {
        var response = http.postJson("/api/accounts", account("ann@example.com", UUID.randomUUID()), "not.a.token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response);
    }

    @Test
    void aTokenWithoutAccountsWriteIs403AsAProblem() {
        String opsOnly = AuthHttp.accessToken(http.token(
                "agora-cli", TestClients.CLI_SECRET, Map.of("grant_type", "client_credentials", "scope", "ops shop")));

        var response = http.postJson("/api/accounts", account("ann@example.com", UUID.randomUUID()), opsOnly);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).contains("insufficient_scope"));
        assertProblem(response);
        assertThat(accounts()).isZero();
    }

    @Test
    void theFirstCallCreatesTheAccountAndTheSameCallAgainAnswersTheSameAccount() {
        UUID userId = UUID.randomUUID();

        var created = http.postJson("/api/accounts", account("Ann@Example.com", userId), writer());
        var again = http.postJson("/api/accounts", account("Ann@Example.com", userId), writer());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(created.body());
        var body = AuthHttp.json(created);
        assertThat(body.get("username").asString()).isEqualTo("ann@example.com");
        assertThat(body.get("userId").asString()).isEqualTo(userId.toString());
        assertThat(body.get("roles").get(0).asString()).isEqualTo("SHOPPER");
        assertThat(body.has("password")).isFalse();
        assertThat(accounts()).isOne();
    }

    @Test
    void aLaterCallForTheSameUserReplacesUsernameAndPassword() {
        UUID userId = UUID.randomUUID();
        http.postJson("/api/accounts", account("ann@example.com", userId), writer());

        var moved = http.postJson("/api/accounts", """
                {"username": "ann.smith@example.com", "password": "a new password", "userId": "%s"}
                """.formatted(userId), writer());

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(servers.jdbc()
                        .queryForObject("SELECT username FROM account WHERE user_id = ?", String.class, userId))
                .isEqualTo("ann.smith@example.com");
        assertThat(http.signIn("ann.smith@example.com", "a new password")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    @Test
    void aUsernameOfAnotherAccountInAnyCaseIsAConflictNamingTheField() {
        http.postJson("/api/accounts", account("ann@example.com", UUID.randomUUID()), writer());

        var response = http.postJson("/api/accounts", account("ANN@example.com", UUID.randomUUID()), writer());

        assertThat(response.statusCode()).isEqualTo(409);
        assertProblem(response);
        assertThat(AuthHttp.json(response).get("field").asString()).isEqualTo("username");
        assertThat(accounts()).isOne();
    }

    @Test
    void theOperatorsNameCannotBeTakenEither() {
        var response = http.postJson("/api/accounts", account(TestClients.OPERATOR, UUID.randomUUID()), writer());

        assertThat(response.statusCode()).isEqualTo(400); // not an e-mail address, so it is refused before
        assertThat(firstErrorField(response)).isEqualTo("username");
    }

    @Test
    void aUsernameThatIsNoEmailAddressIsABadRequestNamingIt() {
        var response = http.postJson("/api/accounts", account("ann", UUID.randomUUID()), writer());

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(firstErrorField(response)).isEqualTo("username");
    }

    @Test
    void aPasswordOutsideItsBoundsIsABadRequestNamingIt() {
        var tooShort =
                http.postJson("/api/accounts", account("ann@example.com", UUID.randomUUID(), "seven77"), writer());
        var tooLong =
                http.postJson("/api/accounts", account("ann@example.com", UUID.randomUUID(), "ü".repeat(37)), writer());

        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(firstErrorField(tooShort)).isEqualTo("password");
        assertThat(tooLong.statusCode()).isEqualTo(400); // 37 characters, but 74 bytes
        assertThat(firstErrorField(tooLong)).isEqualTo("password");
        assertThat(accounts()).isZero();
    }

    @Test
    void anOperatorCannotBeMadeThroughTheApi() {
        var response = http.postJson("/api/accounts", """
                {"username": "eve@example.com", "password": "%s", "userId": "%s", "roles": ["OPERATOR"]}
                """.formatted(PASSWORD, UUID.randomUUID()), writer());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(firstErrorField(response)).isEqualTo("roles");
        assertThat(accounts()).isZero();
    }

    @Test
    void aMissingUserIdAndAnUnknownRoleAreNamed() {
        var noUser = http.postJson("/api/accounts", """
                {"username": "ann@example.com", "password": "%s"}
                """.formatted(PASSWORD), writer());
        var unknownRole = http.postJson("/api/accounts", """
                {"username": "ann@example.com", "password": "%s", "userId": "%s", "roles": ["KING"]}
                """.formatted(PASSWORD, UUID.randomUUID()), writer());

        assertThat(firstErrorField(noUser)).isEqualTo("userId");
        assertThat(firstErrorField(unknownRole)).isEqualTo("roles[0]");
    }

    @Test
    void passwordsNeverReachTheLog(CapturedOutput output) {
        http.postJson("/api/accounts", account("ann@example.com", UUID.randomUUID()), writer());
        http.postJson("/api/accounts", account("bad", UUID.randomUUID(), "leaked-if-logged-1"), writer());
        http.signIn("ann@example.com", "leaked-if-logged-2");

        assertThat(output.getAll()).doesNotContain(PASSWORD, "leaked-if-logged-1", "leaked-if-logged-2");
    }

    @Test
    void theOpenApiDocumentDescribesTheAccountApiWithoutAToken() {
        var document = http.getJson("/v3/api-docs");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(AuthHttp.json(document).get("paths").has("/api/accounts")).isTrue();
    }

    @Test
    void itListensOnLoopbackOnlyAsEveryServiceDoesByDefault() {
        assertThat(bindAddress).isEqualTo("127.0.0.1");
    }

    private String writer() {
        return AuthHttp.accessToken(http.token(
                "user",
                TestClients.USER_SECRET,
                Map.of("grant_type", "client_credentials", "scope", "accounts.write")));
    }

    private static String account(String username, UUID userId) {
        return account(username, userId, PASSWORD);
    }

    private static String account(String username, UUID userId, String password) {
        return """
                {"username": "%s", "password": "%s", "userId": "%s"}
                """.formatted(username, password, userId);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(AuthHttp.json(response).get("status").asInt()).isEqualTo(response.statusCode());
    }

    private static String firstErrorField(HttpResponse<String> response) {
        assertProblem(response);
        return AuthHttp.json(response).get("errors").get(0).get("field").asString();
    }

    private static long accounts() {
        return servers.jdbc().queryForObject("SELECT count(*) FROM account WHERE user_id IS NOT NULL", Long.class);
    }
}
