package dev.agora.auth.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

class RegisteredClientsTest {

    private final ConfiguredClients.Client portal = new ConfiguredClients.Client(
            Set.of("authorization_code", "refresh_token"),
            Set.of("openid", "shop", "ops"),
            Set.of("http://127.0.0.1:8080/login/oauth2/code/agora"),
            Set.of("http://127.0.0.1:8080/"),
            true,
            null);

    @Test
    void aSignInClientRequiresPkceAndAsksNoConsent() {
        var registered = RegisteredClients.of("portal", portal, "{bcrypt}hash", null);

        assertThat(registered.getClientId()).isEqualTo("portal");
        assertThat(registered.getClientSecret()).isEqualTo("{bcrypt}hash");
        assertThat(registered.getClientAuthenticationMethods())
                .containsExactly(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        assertThat(registered.getAuthorizationGrantTypes())
                .containsExactlyInAnyOrder(
                        AuthorizationGrantType.AUTHORIZATION_CODE, AuthorizationGrantType.REFRESH_TOKEN);
        assertThat(registered.getRedirectUris()).containsExactly("http://127.0.0.1:8080/login/oauth2/code/agora");
        assertThat(registered.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(registered.getClientSettings().isRequireAuthorizationConsent())
                .isFalse();
        assertThat(registered.getTokenSettings().isReuseRefreshTokens()).isFalse();
    }

    @Test
    void aRegistrationAgainKeepsTheIdAndIssueTime() {
        var first = RegisteredClients.of("portal", portal, "{bcrypt}one", null);

        var again = RegisteredClients.of("portal", portal, "{bcrypt}two", first);

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getClientIdIssuedAt()).isEqualTo(first.getClientIdIssuedAt());
        assertThat(again.getClientSecret()).isEqualTo("{bcrypt}two");
    }

    @Test
    void theAccessTokenLifetimeIsTheConfiguredOne() {
        var cli = new ConfiguredClients.Client(
                Set.of("client_credentials"), Set.of("ops"), Set.of(), Set.of(), false, Duration.ofHours(1));

        assertThat(RegisteredClients.of("agora-cli", cli, "{bcrypt}h", null)
                        .getTokenSettings()
                        .getAccessTokenTimeToLive())
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aGrantTypeThisServerDoesNotOfferIsRefused() {
        var implicit =
                new ConfiguredClients.Client(Set.of("implicit"), Set.of("shop"), Set.of(), Set.of(), false, null);

        assertThatThrownBy(() -> RegisteredClients.of("old", implicit, "{bcrypt}h", null))
                .hasMessageContaining("agora.auth.clients.old.grant-types: implicit is none of");
    }
}
