package dev.agora.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.auth.AuthHttp;
import dev.agora.auth.AuthServerTest;
import dev.agora.auth.Pkce;
import dev.agora.auth.TestClients;
import dev.agora.messaging.test.IsolatedServers;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A person signing in to the portal, driven over HTTP step by step as a browser and the portal would: authorization
 * request, sign-in form with its CSRF token, code, token request with the PKCE verifier. An operator's token carries
 * {@code ops}; a shopper's does not, even when the portal asks for it, and names the shopper's user id.
 */
@AuthServerTest
class AuthorizationCodeFlowIT {

    @RegisterExtension
    static final IsolatedServers servers = IsolatedServers.schemaOnly();

    private static final String SCOPES = "openid profile shop ops";

    @Value("${AGORA_AUTH_URL}")
    String base;

    @Test
    void anOperatorSigningInGetsOpsAndTheOperatorRole() {
        var http = new AuthHttp(base);

        JsonNode tokens = signInThroughThePortal(http, TestClients.OPERATOR, TestClients.OPERATOR_PASSWORD);

        var access = http.verify(tokens.get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo(TestClients.OPERATOR);
        assertThat(access.getClaimAsStringList("scope")).containsExactlyInAnyOrder("openid", "profile", "shop", "ops");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("OPERATOR");
        assertThat(access.getClaims()).doesNotContainKey("user_id");
        var id = http.verify(tokens.get("id_token").asString());
        assertThat(id.getClaimAsStringList("roles")).containsExactly("OPERATOR");
        assertThat(id.getClaimAsString("name")).isEqualTo(TestClients.OPERATOR);
        assertThat(id.getAudience()).containsExactly("portal");
    }

    @Test
    void aShopperSigningInGetsNoOpsButTheirUserId() {
        var http = new AuthHttp(base);
        UUID userId = UUID.randomUUID();
        createShopper(http, "Ann@Example.com", "ann's password", userId);

        JsonNode tokens = signInThroughThePortal(http, "ann@example.com", "ann's password");

        var access = http.verify(tokens.get("access_token").asString());
        assertThat(access.getSubject()).isEqualTo("ann@example.com");
        assertThat(access.getClaimAsStringList("scope")).containsExactlyInAnyOrder("openid", "profile", "shop");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("SHOPPER");
        assertThat(access.getClaimAsString("user_id")).isEqualTo(userId.toString());
        assertThat(tokens.get("scope").asString()).doesNotContain("ops"); // the client is told, too
        var id = http.verify(tokens.get("id_token").asString());
        assertThat(id.getClaimAsStringList("roles")).containsExactly("SHOPPER");
        assertThat(id.getClaimAsString("name")).isEqualTo("ann@example.com");
    }

    @Test
    void aRefreshedTokenSaysWhatTheFirstOneSaid() {
        var http = new AuthHttp(base);
        UUID userId = UUID.randomUUID();
        createShopper(http, "bob@example.com", "bob's password", userId);
        JsonNode tokens = signInThroughThePortal(http, "bob@example.com", "bob's password");

        var refreshed = http.token(
                "portal",
                TestClients.PORTAL_SECRET,
                Map.of(
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        tokens.get("refresh_token").asString()));

        var access = http.verify(AuthHttp.accessToken(refreshed));
        assertThat(access.getClaimAsStringList("scope")).doesNotContain("ops").contains("shop");
        assertThat(access.getClaimAsString("user_id")).isEqualTo(userId.toString());
    }

    @Test
    void aDisabledAccountGetsNoMoreTokens() {
        var http = new AuthHttp(base);
        createShopper(http, "cid@example.com", "cid's password", UUID.randomUUID());
        JsonNode tokens = signInThroughThePortal(http, "cid@example.com", "cid's password");
        servers.jdbc().update("UPDATE account SET enabled = false WHERE username = 'cid@example.com'");

        var refreshed = refresh(http, tokens);

        assertThat(refreshed.statusCode()).isEqualTo(400);
        assertThat(AuthHttp.json(refreshed).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void anOperatorWhoIsNoLongerOneLosesOpsAtTheNextRefresh() {
        var http = new AuthHttp(base);
        servers.jdbc()
                .update(
                        "INSERT INTO account (username, password_hash, roles) VALUES ('dee', ?, 'OPERATOR')",
                        "{noop}dee's password");
        JsonNode tokens = signInThroughThePortal(http, "dee", "dee's password");
        servers.jdbc().update("UPDATE account SET roles = 'REVIEWER' WHERE username = 'dee'");

        var access = http.verify(AuthHttp.accessToken(refresh(http, tokens)));

        assertThat(access.getClaimAsStringList("scope")).doesNotContain("ops");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("REVIEWER");
    }

    @Test
    void aWrongPasswordReturnsToTheSignInFormAndGivesNoCode() {
        var http = new AuthHttp(base);
        String login = AuthHttp.location(http.browse(authorizationRequest(Pkce.create())));

        var signIn = http.signIn(TestClients.OPERATOR, "not the password");

        assertThat(login).endsWith("/login");
        assertThat(AuthHttp.location(signIn)).endsWith("/login?error");
        assertThat(http.browse("/login?error").body()).contains("Wrong username or password");
    }

    @Test
    void theUsernameSignsInInAnyCase() {
        var http = new AuthHttp(base);

        var signIn = http.signIn(TestClients.OPERATOR.toUpperCase(), TestClients.OPERATOR_PASSWORD);

        assertThat(AuthHttp.location(signIn)).doesNotContain("error");
    }

    @Test
    void anAuthorizationRequestWithoutPkceIsRefused() {
        var http = new AuthHttp(base);
        http.signIn(TestClients.OPERATOR, TestClients.OPERATOR_PASSWORD);

        var answer = http.browse(UriComponentsBuilder.fromUriString("/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", "portal")
                .queryParam("scope", SCOPES)
                .queryParam("redirect_uri", TestClients.PORTAL_REDIRECT)
                .queryParam("state", "s")
                .encode()
                .toUriString());

        // the client is sent back the error, and no code
        assertThat(AuthHttp.location(answer))
                .startsWith(TestClients.PORTAL_REDIRECT)
                .contains("error=invalid_request")
                .doesNotContain("code=");
    }

    @Test
    void aRedirectUriThatIsNotRegisteredGetsNoCode() {
        var http = new AuthHttp(base);
        http.signIn(TestClients.OPERATOR, TestClients.OPERATOR_PASSWORD);
        var pkce = Pkce.create();

        var answer = http.browse(UriComponentsBuilder.fromUriString("/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", "portal")
                .queryParam("scope", SCOPES)
                .queryParam("redirect_uri", "http://evil.test/login/oauth2/code/agora")
                .queryParam("state", "s")
                .queryParam("code_challenge", pkce.challenge())
                .queryParam("code_challenge_method", "S256")
                .encode()
                .toUriString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void signingOutEndsTheSession() {
        var http = new AuthHttp(base);
        http.signIn(TestClients.OPERATOR, TestClients.OPERATOR_PASSWORD);
        assertThat(http.browse("/").statusCode()).isEqualTo(200);

        var signOut = http.postSignedInForm("/logout");

        assertThat(AuthHttp.location(signOut)).endsWith("/login?logout");
        assertThat(AuthHttp.location(http.browse("/"))).endsWith("/login");
    }

    @Test
    void theSessionCookieHasItsOwnName() {
        var http = new AuthHttp(base);

        var page = http.browse(authorizationRequest(Pkce.create()));

        assertThat(page.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("AGORA_AUTH_SESSION="));
    }

    /** Steps 1 to 5 of the flow; returns the token response. */
    private JsonNode signInThroughThePortal(AuthHttp http, String username, String password) {
        var pkce = Pkce.create();
        String login = AuthHttp.location(http.browse(authorizationRequest(pkce)));
        assertThat(login).isEqualTo(base + "/login");
        String backToAuthorization = AuthHttp.location(http.signIn(username, password));
        assertThat(backToAuthorization).contains("/oauth2/authorize");
        URI redirect = URI.create(AuthHttp.location(http.browse(backToAuthorization)));
        assertThat(redirect.toString()).startsWith(TestClients.PORTAL_REDIRECT);
        var query = UriComponentsBuilder.fromUri(redirect).build().getQueryParams();
        assertThat(query.getFirst("state")).isEqualTo("state-1");
        HttpResponse<String> tokens = http.token(
                "portal",
                TestClients.PORTAL_SECRET,
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        query.getFirst("code"),
                        "redirect_uri",
                        TestClients.PORTAL_REDIRECT,
                        "code_verifier",
                        pkce.verifier()));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return AuthHttp.json(tokens);
    }

    private static HttpResponse<String> refresh(AuthHttp http, JsonNode tokens) {
        return http.token(
                "portal",
                TestClients.PORTAL_SECRET,
                Map.of(
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        tokens.get("refresh_token").asString()));
    }

    private static String authorizationRequest(Pkce pkce) {
        return UriComponentsBuilder.fromUriString("/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", "portal")
                .queryParam("scope", SCOPES)
                .queryParam("redirect_uri", TestClients.PORTAL_REDIRECT)
                .queryParam("state", "state-1")
                .queryParam("nonce", "nonce-1")
                .queryParam("code_challenge", pkce.challenge())
                .queryParam("code_challenge_method", "S256")
                .encode()
                .toUriString();
    }

    private static void createShopper(AuthHttp http, String username, String password, UUID userId) {
        String writer = AuthHttp.accessToken(http.token(
                "user",
                TestClients.USER_SECRET,
                Map.of("grant_type", "client_credentials", "scope", "accounts.write")));
        var created = http.postJson("/api/accounts", """
                {"username": "%s", "password": "%s", "userId": "%s"}
                """.formatted(username, password, userId), writer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
