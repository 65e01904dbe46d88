package dev.agora.shop.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * A person signing in through the portal's client as a browser would, over plain HTTP: the authorization request,
 * the sign-in form with its CSRF token, the code, and the token request with the PKCE verifier. The access token it
 * ends with is the person's own: a shopper's names their {@code user_id}.
 */
final class PersonSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PORTAL = "portal";

    private final String issuer;
    private final String redirectUri;
    private final String portalSecret;
    private final RestClient browser;

    PersonSignIn(String issuer, String portalUrl, String portalSecret) {
        this.issuer = issuer;
        this.redirectUri = portalUrl + "/login/oauth2/code/agora";
        this.portalSecret = portalSecret;
        var cookies = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.browser = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory(cookies))
                .build();
    }

    /**
     * The person's access token, with {@code shop} (and {@code ops} for an operator).
     *
     * @throws IllegalStateException when the sign-in form refuses the username and password
     */
    String accessToken(String username, String password) {
        var verifier = randomText();
        var authorize = UriComponentsBuilder.fromUriString(issuer + "/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", PORTAL)
                .queryParam("scope", "openid shop ops")
                .queryParam("redirect_uri", redirectUri)
                .queryParam("state", randomText())
                .queryParam("code_challenge", challenge(verifier))
                .queryParam("code_challenge_method", "S256")
                .build()
                .toUri();
        redirect(authorize); // to the sign-in page, with a session
        var page = browser.get()
                .uri(issuer + "/login")
                .accept(MediaType.TEXT_HTML)
                .retrieve()
                .body(String.class);
        var csrf = CSRF.matcher(page == null ? "" : page);
        if (!csrf.find()) throw new IllegalStateException("the sign-in page has no CSRF token");
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", username);
        form.add("password", password);
        form.add("_csrf", csrf.group(1));
        var afterSignIn = browser.post()
                .uri(issuer + "/login")
                .accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .exchange((request, response) -> response.getHeaders().getLocation());
        if (afterSignIn == null || afterSignIn.toString().contains("error")) {
            throw new IllegalStateException(username + " could not sign in");
        }
        var callback = redirect(URI.create(issuer).resolve(afterSignIn));
        var code =
                UriComponentsBuilder.fromUri(callback).build().getQueryParams().getFirst("code");
        if (code == null) throw new IllegalStateException("no code in " + callback);
        var tokenRequest = new LinkedMultiValueMap<String, String>();
        tokenRequest.add("grant_type", "authorization_code");
        tokenRequest.add("code", code);
        tokenRequest.add("redirect_uri", redirectUri);
        tokenRequest.add("code_verifier", verifier);
        var tokens = browser.post()
                .uri(issuer + "/oauth2/token")
                .headers(headers -> headers.setBasicAuth(PORTAL, portalSecret, StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(tokenRequest)
                .retrieve()
                .body(JsonNode.class);
        if (tokens == null) throw new IllegalStateException("no tokens for " + username);
        return tokens.get("access_token").asString();
    }

    private URI redirect(URI uri) {
        // as a browser asks: the authorization server sends only HTML requests to its sign-in page
        var location = browser.get()
                .uri(uri)
                .accept(MediaType.TEXT_HTML)
                .exchange((request, response) -> response.getHeaders().getFirst(HttpHeaders.LOCATION));
        if (location == null) throw new IllegalStateException(uri + " did not redirect");
        return URI.create(issuer).resolve(location);
    }

    private static String randomText() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
