package dev.agora.auth.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.auth.AuthHttp;
import dev.agora.auth.AuthServerTest;
import dev.agora.auth.TestClients;
import dev.agora.messaging.test.IsolatedServers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * Programs get tokens with their own credentials: the scopes they ask for among those configured for them, nothing
 * else; a client whose secret is not set is not registered at all. One client is added by properties alone, as a
 * test of another module would add its own.
 */
@AuthServerTest
@TestPropertySource(
        properties = {
            "agora.auth.clients.test-reader.grant-types=client_credentials",
            "agora.auth.clients.test-reader.scopes=shop,inventory.reserve",
            "AGORA_AUTH_CLIENTS_TEST_READER_SECRET=reader-secret"
        })
class ClientCredentialsIT {

    @RegisterExtension
    static final IsolatedServers servers = IsolatedServers.schemaOnly();

    @Value("${AGORA_AUTH_URL}")
    String base;

    @Test
    void aClientGetsATokenForItselfWithTheScopesItAskedFor() {
        var http = new AuthHttp(base);

        var response = http.token(
                "agora-cli", TestClients.CLI_SECRET, Map.of("grant_type", "client_credentials", "scope", "ops shop"));

        var jwt = http.verify(AuthHttp.accessToken(response));
        assertThat(jwt.getSubject()).isEqualTo("agora-cli");
        assertThat(jwt.getClaimAsStringList("scope")).containsExactlyInAnyOrder("ops", "shop");
        assertThat(jwt.getClaims()).doesNotContainKeys("roles", "user_id");
        assertThat(AuthHttp.json(response).get("scope").asString()).isEqualTo("ops shop");
    }

    @Test
    void aClientAskingForLessGetsOnlyThat() {
        var http = new AuthHttp(base);

        var token = AuthHttp.accessToken(http.token(
                "agora-cli", TestClients.CLI_SECRET, Map.of("grant_type", "client_credentials", "scope", "shop")));

        assertThat(http.verify(token).getClaimAsStringList("scope")).containsExactly("shop");
    }

    @Test
    void aScopeNotGrantedToTheClientIsRefused() {
        var response = new AuthHttp(base)
                .token(
                        "user",
                        TestClients.USER_SECRET,
                        Map.of("grant_type", "client_credentials", "scope", "accounts.write ops"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(AuthHttp.json(response).get("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void aWrongSecretGetsNoToken() {
        var response = new AuthHttp(base)
                .token("agora-cli", "not-the-secret", Map.of("grant_type", "client_credentials", "scope", "ops"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(AuthHttp.json(response).get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void aClientWhoseSecretIsNotSetIsNotRegistered() {
        // order is configured, but this test sets no AGORA_AUTH_CLIENTS_ORDER_SECRET
        assertThat(servers.jdbc()
                        .queryForList(
                                "SELECT client_id FROM oauth2_registered_client ORDER BY client_id", String.class))
                .containsExactly("agora-cli", "portal", "test-reader", "user");
    }

    @Test
    void aClientAddedByPropertiesGetsTokens() {
        var http = new AuthHttp(base);

        var token = AuthHttp.accessToken(http.token(
                "test-reader",
                "reader-secret",
                Map.of("grant_type", "client_credentials", "scope", "inventory.reserve")));

        assertThat(http.verify(token).getClaimAsStringList("scope")).containsExactly("inventory.reserve");
    }

    @Test
    void secretsAreStoredAsHashesOnly() {
        assertThat(servers.jdbc().queryForList("SELECT client_secret FROM oauth2_registered_client", String.class))
                .allMatch(secret -> secret.startsWith("{bcrypt}"))
                .noneMatch(secret -> secret.contains(TestClients.CLI_SECRET));
    }
}
