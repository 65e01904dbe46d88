package dev.agora.launcher.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformIdentityTest {

    private final ServiceCatalog catalog = ServiceCatalog.standard();

    @TempDir
    Path root;

    @Test
    void theAuthorizationServerGetsEveryClientsSecretTheOperatorAndWhereThePortalIs() {
        var identity = Identities.under(root, catalog, Map.of());

        Map<String, String> variables = identity.variablesFor(service("auth"));

        assertThat(variables)
                .containsEntry("AGORA_AUTH_URL", "http://127.0.0.1:8070")
                .containsEntry("AGORA_PORTAL_URL", "http://127.0.0.1:8080")
                .containsEntry("AGORA_ADMIN_USER", "admin")
                .containsKeys(
                        "AGORA_ADMIN_PASSWORD",
                        "AGORA_AUTH_CLIENTS_PORTAL_SECRET",
                        "AGORA_AUTH_CLIENTS_ORDER_SECRET",
                        "AGORA_AUTH_CLIENTS_USER_SECRET",
                        "AGORA_AUTH_CLIENTS_AGORA_CLI_SECRET")
                .doesNotContainKeys("AGORA_CLIENT_ID", "AGORA_CLIENT_SECRET");
    }

    @Test
    void aClientGetsItsOwnSecretOnlyTheSameTheAuthorizationServerHasForIt() {
        var identity = Identities.under(root, catalog, Map.of());
        var auth = identity.variablesFor(service("auth"));

        Map<String, String> order = identity.variablesFor(service("order"));

        assertThat(order)
                .containsEntry("AGORA_AUTH_URL", "http://127.0.0.1:8070")
                .containsEntry("AGORA_CLIENT_ID", "order")
                .containsEntry("AGORA_CLIENT_SECRET", auth.get("AGORA_AUTH_CLIENTS_ORDER_SECRET"))
                .doesNotContainKeys("AGORA_ADMIN_PASSWORD", "AGORA_PORTAL_URL");
        assertThat(order.values())
                .doesNotContain(
                        auth.get("AGORA_AUTH_CLIENTS_PORTAL_SECRET"), auth.get("AGORA_AUTH_CLIENTS_AGORA_CLI_SECRET"));
    }

    @Test
    void aServiceThatIsNoClientGetsTheIssuerAndItsNameButNoSecret() {
        Map<String, String> logger = Identities.under(root, catalog, Map.of()).variablesFor(service("logger"));

        assertThat(logger)
                .containsEntry("AGORA_AUTH_URL", "http://127.0.0.1:8070")
                .containsEntry("AGORA_CLIENT_ID", "logger")
                .doesNotContainKey("AGORA_CLIENT_SECRET")
                .hasSize(2);
    }

    @Test
    void thePortalGetsItsOwnSecretAndNeverTheOperatorsCredential() {
        var identity = Identities.under(root, catalog, Map.of());
        var auth = identity.variablesFor(service("auth"));

        Map<String, String> portal = identity.variablesFor(service("portal"));

        assertThat(portal)
                .containsEntry("AGORA_AUTH_URL", "http://127.0.0.1:8070")
                .containsEntry("AGORA_CLIENT_ID", "portal")
                .containsEntry("AGORA_CLIENT_SECRET", auth.get("AGORA_AUTH_CLIENTS_PORTAL_SECRET"))
                .doesNotContainKeys("AGORA_ADMIN_USER", "AGORA_ADMIN_PASSWORD")
                .hasSize(3);
        assertThat(portal.values()).doesNotContain(auth.get("AGORA_ADMIN_PASSWORD"));
    }

    @Test
    void anotherIssuerAndPortalAddressComeFromTheEnvironment() {
        var identity = Identities.under(
                root,
                catalog,
                Map.of("AGORA_AUTH_URL", "https://login.example.com", "AGORA_PORTAL_URL", "https://shop.example.com"));

        assertThat(identity.variablesFor(service("auth")))
                .containsEntry("AGORA_AUTH_URL", "https://login.example.com")
                .containsEntry("AGORA_PORTAL_URL", "https://shop.example.com");
        assertThat(identity.authUrl()).hasValue("https://login.example.com");
    }

    @Test
    void theClientsAreTheCataloguesClientsAndTheCommandLine() {
        assertThat(Identities.under(root, catalog, Map.of()).clientIds())
                .containsExactly("user", "order", "portal", "agora-cli");
    }

    @Test
    void secretVariablesAreNamedAsTheAuthorizationServerReadsThem() {
        assertThat(PlatformIdentity.secretVariable("agora-cli")).isEqualTo("AGORA_AUTH_CLIENTS_AGORA_CLI_SECRET");
        assertThat(PlatformIdentity.secretVariable("order")).isEqualTo("AGORA_AUTH_CLIENTS_ORDER_SECRET");
        assertThat(PlatformIdentity.isSecret("AGORA_AUTH_CLIENTS_ORDER_SECRET")).isTrue();
        assertThat(PlatformIdentity.isSecret("AGORA_CLIENT_SECRET")).isTrue();
        assertThat(PlatformIdentity.isSecret("AGORA_ADMIN_PASSWORD")).isTrue();
        assertThat(PlatformIdentity.isSecret("AGORA_AUTH_URL")).isFalse();
        assertThat(PlatformIdentity.isSecret("AGORA_CLIENT_ID")).isFalse();
    }

    private AgoraService service(String name) {
        return catalog.find(name).orElseThrow();
    }
}
