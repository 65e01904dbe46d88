package dev.agora.portal.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class TokenRelayTest {

    private final SignInConfiguration configuration = new SignInConfiguration();
    private final SignInSettings settings = new SignInSettings("http://127.0.0.1:8070", "portal", "secret");
    private final RestClient.Builder builder = RestClient.builder();
    private final MockRestServiceServer service =
            MockRestServiceServer.bindTo(builder).build();

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCallForASignedInPersonCarriesTheirAccessToken() {
        var registrations = configuration.clientRegistrations(settings);
        var authorizedClients = new InMemoryOAuth2AuthorizedClientService(registrations);
        var person = signIn("alice@example.org");
        authorizedClients.saveAuthorizedClient(
                new OAuth2AuthorizedClient(
                        registrations.findByRegistrationId(SignInConfiguration.REGISTRATION),
                        "alice@example.org",
                        new OAuth2AccessToken(
                                OAuth2AccessToken.TokenType.BEARER,
                                "alices-token",
                                Instant.now(),
                                Instant.now().plusSeconds(300))),
                person);
        SecurityContextHolder.getContext().setAuthentication(person);
        var client = builder.requestInterceptor(new TokenRelay(registrations, authorizedClients))
                .build();
        service.expect(requestTo("http://order/api/orders/1"))
                .andExpect(header("Authorization", "Bearer alices-token"))
                .andRespond(withSuccess());

        client.get().uri("http://order/api/orders/1").retrieve().toBodilessEntity();

        service.verify();
    }

    @Test
    void aSignedInPersonWhoseTokensAreGoneIsSentToSignInAgainInsteadOfCallingWithoutOne() {
        var registrations = configuration.clientRegistrations(settings);
        SecurityContextHolder.getContext().setAuthentication(signIn("alice@example.org"));
        var client = builder.requestInterceptor(
                        new TokenRelay(registrations, new InMemoryOAuth2AuthorizedClientService(registrations)))
                .build();

        assertThatThrownBy(() ->
                        client.get().uri("http://order/api/orders/1").retrieve().toBodilessEntity())
                .isInstanceOf(ClientAuthorizationRequiredException.class);
        service.verify(); // nothing was sent
    }

    @Test
    void aCallForAVisitorCarriesNoToken() {
        var registrations = configuration.clientRegistrations(settings);
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", Set.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        var client = builder.requestInterceptor(
                        new TokenRelay(registrations, new InMemoryOAuth2AuthorizedClientService(registrations)))
                .build();
        service.expect(requestTo("http://query/api/products"))
                .andExpect(headerDoesNotExist("Authorization"))
                .andRespond(withSuccess());

        client.get().uri("http://query/api/products").retrieve().toBodilessEntity();

        service.verify();
    }

    private static OAuth2AuthenticationToken signIn(String name) {
        var idToken = OidcIdToken.withTokenValue("id")
                .subject(name)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .build();
        var user = new DefaultOidcUser(Set.of(new SimpleGrantedAuthority("ROLE_SHOPPER")), idToken, "sub");
        return new OAuth2AuthenticationToken(user, user.getAuthorities(), SignInConfiguration.REGISTRATION);
    }
}
