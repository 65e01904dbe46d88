package dev.agora.launcher.identity;

import dev.agora.launcher.admin.AdminCredential;
import dev.agora.launcher.admin.AdminCredentials;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who gets which identity settings: every service the issuer's URL and its client id; the authorization server every
 * client's secret, the first operator's credential and where the portal is; each client its own secret only. The
 * portal is a client like the others: people sign in to it at the authorization server, so it never sees a password.
 */
public final class PlatformIdentity {

    /** The client {@code ./agora token}, the demo and the benchmarks get operator tokens with. */
    public static final String CLI_CLIENT = "agora-cli";

    public static final String AUTH_URL_VARIABLE = "AGORA_AUTH_URL";
    public static final String PORTAL_URL_VARIABLE = "AGORA_PORTAL_URL";
    public static final String CLIENT_ID_VARIABLE = "AGORA_CLIENT_ID";
    public static final String CLIENT_SECRET_VARIABLE = "AGORA_CLIENT_SECRET";
    private static final String CLIENT_SECRETS_PREFIX = "AGORA_AUTH_CLIENTS_";
    private static final String CLIENT_SECRETS_SUFFIX = "_SECRET";

    private final ServiceCatalog catalog;
    private final ClientSecrets secrets;
    private final AdminCredentials adminCredentials;
    private final Map<String, String> env;

    public PlatformIdentity(
            ServiceCatalog catalog, ClientSecrets secrets, AdminCredentials adminCredentials, Map<String, String> env) {
        this.catalog = catalog;
        this.secrets = secrets;
        this.adminCredentials = adminCredentials;
        this.env = Map.copyOf(env);
    }

    /** The issuer: AGORA_AUTH_URL, or the catalogue's authorization server. */
    public Optional<String> authUrl() {
        return fromEnvironment(AUTH_URL_VARIABLE).or(() -> urlOf(ServiceCatalog.AUTH_SERVICE));
    }

    /** Where browsers reach the portal, which its sign-in returns to: AGORA_PORTAL_URL, or the catalogue's portal. */
    public Optional<String> portalUrl() {
        return fromEnvironment(PORTAL_URL_VARIABLE).or(() -> urlOf(ServiceCatalog.PORTAL_SERVICE));
    }

    /** The catalogue's clients, then the command line's. */
    public List<String> clientIds() {
        var ids = new ArrayList<String>();
        catalog.clients().forEach(service -> ids.add(service.name()));
        ids.add(CLI_CLIENT);
        return ids;
    }

    /** What the launcher sets for a service; secrets are made on first use. */
    public Map<String, String> variablesFor(AgoraService service) {
        var variables = new LinkedHashMap<String, String>();
        authUrl().ifPresent(url -> variables.put(AUTH_URL_VARIABLE, url));
        if (service.name().equals(ServiceCatalog.AUTH_SERVICE)) {
            portalUrl().ifPresent(url -> variables.put(PORTAL_URL_VARIABLE, url));
            AdminCredential admin = adminCredentials.current();
            variables.put(AdminCredentials.USER_VARIABLE, admin.user());
            variables.put(AdminCredentials.PASSWORD_VARIABLE, admin.password());
            secrets.ensureFor(clientIds())
                    .forEach((clientId, secret) -> variables.put(secretVariable(clientId), secret));
        } else {
            variables.put(CLIENT_ID_VARIABLE, service.name());
            if (service.client()) {
                variables.put(
                        CLIENT_SECRET_VARIABLE, secrets.ensureFor(clientIds()).get(service.name()));
            }
        }
        return variables;
    }

    /**
     * Whether an inherited variable holds a secret that only the launcher hands out: a service must not get another's
     * secret, or the operator's, because the user happened to export it.
     */
    public static boolean isSecret(String variable) {
        return variable.equals(AdminCredentials.USER_VARIABLE)
                || variable.equals(AdminCredentials.PASSWORD_VARIABLE)
                || variable.equals(CLIENT_SECRET_VARIABLE)
                || (variable.startsWith(CLIENT_SECRETS_PREFIX) && variable.endsWith(CLIENT_SECRETS_SUFFIX));
    }

    /** {@code agora-cli} → {@code AGORA_AUTH_CLIENTS_AGORA_CLI_SECRET}, as the authorization server reads it. */
    static String secretVariable(String clientId) {
        return CLIENT_SECRETS_PREFIX + clientId.toUpperCase(Locale.ROOT).replace('-', '_') + CLIENT_SECRETS_SUFFIX;
    }

    private Optional<String> urlOf(String service) {
        return catalog.find(service).map(AgoraService::url);
    }

    private Optional<String> fromEnvironment(String variable) {
        return Optional.ofNullable(env.get(variable)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
