package dev.agora.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the authorization server as a browser and as a client program would use it: cookies kept, redirects
 * shown rather than followed, so each step of a flow can be checked.
 */
public final class AuthHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public AuthHttp(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** A page as a browser asks for it. */
    public HttpResponse<String> browse(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl))
                .header("Accept", "text/html")
                .GET()
                .build());
    }

    /** A document as a program asks for it. */
    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    /** Fills in and sends the sign-in form, CSRF token included, as the browser would. */
    public HttpResponse<String> signIn(String username, String password) {
        var page = browse("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrf.group(1)), null);
    }

    /** A form of a signed-in page (sign out), with the CSRF token of the page it would be sent from. */
    public HttpResponse<String> postSignedInForm(String path) {
        var page = browse("/");
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the page carries a CSRF token").isTrue();
        return postForm(path, Map.of("_csrf", csrf.group(1)), null);
    }

    /** A token request with the client's id and secret in HTTP Basic, as RFC 6749 describes it. */
    public HttpResponse<String> token(String clientId, String secret, Map<String, String> parameters) {
        return postForm("/oauth2/token", parameters, basic(clientId, secret));
    }

    public HttpResponse<String> postJson(String path, String json, String bearerToken) {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.build());
    }

    /** The token's claims, once its signature checks out against the server's published keys and its issuer. */
    public Jwt verify(String token) {
        var decoder = NimbusJwtDecoder.withJwkSetUri(base + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(base));
        return decoder.decode(token);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** The access token of a successful token response. */
    public static String accessToken(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("access_token").asString();
    }

    public static String location(HttpResponse<?> response) {
        assertThat(response.statusCode()).as("a redirect").isBetween(300, 399);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> postForm(String path, Map<String, String> form, String authorization) {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(Map<String, String> form) {
        return new LinkedHashMap<>(form)
                .entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    private static String basic(String clientId, String secret) {
        return "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
