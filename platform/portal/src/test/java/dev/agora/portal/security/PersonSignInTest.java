package dev.agora.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;

class PersonSignInTest {

    private static final UUID ALICE = UUID.randomUUID();
    private final SignInConfiguration configuration = new SignInConfiguration();
    private final SignInSettings settings = new SignInSettings("http://127.0.0.1:8070", "portal", "secret");

    @Test
    void theIdTokensRolesBecomeAuthoritiesAndTheAccessTokensUserIdJoinsTheClaims() {
        var signIn = new PersonSignIn(
                request -> new DefaultOidcUser(
                        Set.of(new SimpleGrantedAuthority("SCOPE_shop")), request.getIdToken(), "sub"),
                token -> jwt(token, Map.of("user_id", ALICE.toString(), "scope", List.of("shop"))));

        var user = signIn.loadUser(request(idToken("alice@example.org", List.of("SHOPPER"))));

        assertThat(user.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("SCOPE_shop", "ROLE_SHOPPER");
        var person = Person.of(new OAuth2AuthenticationToken(user, user.getAuthorities(), "agora"));
        assertThat(person).hasValue(new Person("alice@example.org", ALICE, false));
    }

    @Test
    void anOperatorWithoutAShopUserIsAnOperatorWithNoUserId() {
        var signIn = new PersonSignIn(
                request -> new DefaultOidcUser(
                        Set.of(new SimpleGrantedAuthority("SCOPE_ops")), request.getIdToken(), "sub"),
                token -> jwt(token, Map.of("scope", List.of("ops"))));

        var user = signIn.loadUser(request(idToken("admin", List.of("OPERATOR"))));

        var person = Person.of(new OAuth2AuthenticationToken(user, user.getAuthorities(), "agora"));
        assertThat(person).hasValue(new Person("admin", null, true));
        assertThat(person.orElseThrow().maySee(ALICE)).isTrue();
    }

    private OidcUserRequest request(OidcIdToken idToken) {
        var registration =
                configuration.clientRegistrations(settings).findByRegistrationId(SignInConfiguration.REGISTRATION);
        var accessToken = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                "access-token",
                Instant.now(),
                Instant.now().plusSeconds(300));
        return new OidcUserRequest(registration, accessToken, idToken);
    }

    private static OidcIdToken idToken(String name, List<String> roles) {
        return OidcIdToken.withTokenValue("id-token")
                .subject(name)
                .claim("name", name)
                .claim("roles", roles)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();
    }

    private static Jwt jwt(String value, Map<String, Object> claims) {
        return Jwt.withTokenValue(value)
                .header("alg", "RS256")
                .claims(all -> all.putAll(claims))
                .build();
    }
}
