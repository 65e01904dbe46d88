package dev.agora.shop.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * Access tokens of one client of the authorization server (the client-credentials grant), as a program gets them:
 * asked for once and again shortly before each expires.
 */
public final class ClientCredentials {

    /** The platform's client for scripts, the demo and the benchmarks: an operator who also shops. */
    public static final String CLI_CLIENT = "agora-cli";

    private static final List<String> CLI_SCOPES = List.of("ops", "shop");

    /** A token this close to its expiry is replaced, so that no request leaves with one about to lapse. */
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private final RestClient tokenEndpoint;
    private final String clientId;
    private final String secret;
    private final List<String> scopes;
    private @Nullable String token;
    private Instant renewAt = Instant.MIN;

    /**
     * @param issuer the authorization server's URL, such as {@code http://127.0.0.1:8070}
     * @param scopes the scopes to ask for, among the client's own
     */
    public ClientCredentials(String issuer, String clientId, String secret, List<String> scopes) {
        this.tokenEndpoint = RestClient.create(issuer + "/oauth2/token");
        this.clientId = clientId;
        this.secret = secret;
        this.scopes = List.copyOf(scopes);
    }

    /** The tokens of {@link #CLI_CLIENT}, with both its scopes. */
    public static ClientCredentials operator(String issuer, String cliSecret) {
        return new ClientCredentials(issuer, CLI_CLIENT, cliSecret, CLI_SCOPES);
    }

    public synchronized String accessToken() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            var form = new LinkedMultiValueMap<String, String>();
            form.add("grant_type", "client_credentials");
            form.add("scope", String.join(" ", scopes));
            var answer = tokenEndpoint
                    .post()
                    .headers(headers -> headers.setBasicAuth(clientId, secret, StandardCharsets.UTF_8))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(JsonNode.class);
            if (answer == null || !answer.path("access_token").isString()) {
                throw new IllegalStateException("the authorization server gave " + clientId + " no token");
            }
            token = answer.get("access_token").asString();
            renewAt = Instant.now()
                    .plusSeconds(answer.path("expires_in").asLong(60))
                    .minus(RENEW_BEFORE_EXPIRY);
        }
        return token;
    }

    /** Sets {@code Authorization: Bearer …} on every request of a client built with it. */
    public ClientHttpRequestInterceptor bearer() {
        return (request, body, execution) -> {
            request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken());
            return execution.execute(request, body);
        };
    }
}
