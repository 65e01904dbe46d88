package dev.agora.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/**
 * A service's API behind the platform's resource server, over real HTTP with signed tokens: public reads need none,
 * a write without a token is a 401 problem, a token without the scope a 403 problem, and a shopper acts only as
 * themselves.
 */
@SpringBootTest(classes = ResourceServerIT.Shelves.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResourceServerIT {

    private static final RSAKey KEY = newKey();
    private static final RSAKey STRANGER = newKey();

    @LocalServerPort
    int port;

    @Autowired
    JwtDecoder decoder;

    @Test
    void aPublicReadNeedsNoToken() {
        assertThat(call(HttpMethod.GET, "/api/shelves", null).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void aWriteWithoutATokenIsAnUnauthorizedProblemAskingForABearerToken() {
        var answer = call(HttpMethod.POST, "/api/shelves", null);

        assertProblem(answer, 401);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void aTokenWithoutTheScopeIsAForbiddenProblem() {
        var answer = call(HttpMethod.POST, "/api/shelves", token(KEY, List.of(Scope.SHOP), null));

        assertProblem(answer, 403);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("insufficient_scope");
    }

    @Test
    void aTokenWithTheScopeIsLetThrough() {
        assertThat(call(HttpMethod.POST, "/api/shelves", token(KEY, List.of(Scope.OPS), null))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void anEndpointNoRuleNamesNeedsOps() {
        assertProblem(call(HttpMethod.GET, "/api/unlisted", token(KEY, List.of(Scope.SHOP), null)), 403);
        assertThat(call(HttpMethod.GET, "/api/unlisted", token(KEY, List.of(Scope.OPS), null))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthorized() {
        assertProblem(call(HttpMethod.POST, "/api/shelves", token(STRANGER, List.of(Scope.OPS), null)), 401);
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        var expired = encode(
                KEY,
                JwtClaimsSet.builder()
                        .subject("ann")
                        .issuedAt(Instant.now().minusSeconds(3600))
                        .expiresAt(Instant.now().minusSeconds(1800))
                        .claim("scope", List.of(Scope.OPS))
                        .build());

        assertProblem(call(HttpMethod.POST, "/api/shelves", expired), 401);
    }

    @Test
    void aShopperActsAsThemselvesOnlyAndAnOperatorForAnyone() {
        var ann = UUID.randomUUID();
        var bob = UUID.randomUUID();
        var annsToken = token(KEY, List.of(Scope.SHOP), ann);

        assertThat(call(HttpMethod.GET, "/api/users/" + ann + "/shelf", annsToken)
                        .getBody())
                .isEqualTo("ann's shelf of " + ann);
        var forBob = call(HttpMethod.GET, "/api/users/" + bob + "/shelf", annsToken);
        assertProblem(forBob, 403);
        assertThat(forBob.getBody()).contains("is another user's");
        assertThat(call(HttpMethod.GET, "/api/users/" + bob + "/shelf", token(KEY, List.of(Scope.OPS), null))
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void theApiDocumentShowsNoCallerParameter() {
        assertThat(call(HttpMethod.GET, "/v3/api-docs", null).getBody())
                .contains("/api/users/{userId}/shelf")
                .doesNotContain("caller");
    }

    @Test
    void healthAndTheApiDocumentAreOpen() {
        assertThat(call(HttpMethod.GET, "/actuator/health", null)
                        .getStatusCode()
                        .value())
                .isEqualTo(200);
        assertThat(call(HttpMethod.GET, "/v3/api-docs", null).getStatusCode().value())
                .isEqualTo(200);
    }

    private ResponseEntity<String> call(HttpMethod method, String path, String token) {
        return RestClient.create("http://127.0.0.1:" + port)
                .method(method)
                .uri(path)
                .headers(headers -> {
                    if (token != null) headers.setBearerAuth(token);
                })
                .retrieve()
                .onStatus(status -> true, (request, response) -> {})
                .toEntity(String.class);
    }

    private static void assertProblem(ResponseEntity<String> answer, int status) {
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody()).contains("\"status\":" + status);
    }

    private static String token(RSAKey key, List<String> scopes, UUID userId) {
        var claims = JwtClaimsSet.builder()
                .subject("ann")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .claim("scope", scopes)
                .claim("roles", List.of("SHOPPER"));
        if (userId != null) claims.claim("user_id", userId.toString());
        return encode(key, claims.build());
    }

    private static String encode(RSAKey key, JwtClaimsSet claims) {
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(() -> "RS256").keyId(key.getKeyID()).build(), claims))
                .getTokenValue();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(ShelfController.class)
    static class Shelves {

        /** The test's own issuer key, in place of the authorization server's key set. */
        @Bean
        JwtDecoder jwtDecoder() throws com.nimbusds.jose.JOSEException {
            return NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
        }

        @Bean
        ApiAccess shelfAccess() {
            return rules -> rules.requestMatchers(HttpMethod.GET, "/api/shelves")
                    .permitAll()
                    .requestMatchers(HttpMethod.GET, "/api/users/*/shelf")
                    .access(Scope.anyOf(Scope.SHOP, Scope.OPS));
        }
    }

    @RestController
    static class ShelfController {

        @GetMapping("/api/shelves")
        Map<String, String> shelves() {
            return Map.of("shelf", "books");
        }

        @PostMapping("/api/shelves")
        Map<String, String> addShelf() {
            return Map.of("shelf", "added");
        }

        @GetMapping("/api/unlisted")
        Map<String, String> unlisted() {
            return Map.of("what", "unlisted");
        }

        @GetMapping("/api/users/{userId}/shelf")
        String shelfOf(@PathVariable UUID userId, Caller caller) {
            caller.checkActsFor(userId, "The shelf of " + userId);
            return caller.subject() + "'s shelf of " + userId;
        }
    }
}
