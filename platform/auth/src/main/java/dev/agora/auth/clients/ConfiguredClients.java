package dev.agora.auth.clients;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.auth.clients.<id>.*}: what each client may do. The secret is not configured here but in the
 * environment, see {@link #secretVariable(String)}.
 */
@ConfigurationProperties("agora.auth")
record ConfiguredClients(@DefaultValue Map<String, Client> clients) {

    /** Lower case, digits and dashes: ids that map to one environment variable each. */
    private static final Pattern CLIENT_ID = Pattern.compile("[a-z][a-z0-9-]*");

    /**
     * One client.
     *
     * @param grantTypes {@code client_credentials}, {@code authorization_code}, {@code refresh_token}
     * @param redirectUris where a sign-in may return to, matched exactly
     * @param pkceRequired whether an authorization request must carry a PKCE (S256) challenge
     * @param accessTokenTimeToLive how long its access tokens are valid; Spring Authorization Server's 5 minutes
     *     when not set
     */
    record Client(
            Set<String> grantTypes,
            Set<String> scopes,
            @DefaultValue Set<String> redirectUris,
            @DefaultValue Set<String> postLogoutRedirectUris,
            @DefaultValue("false") boolean pkceRequired,
            @Nullable Duration accessTokenTimeToLive) {}

    ConfiguredClients {
        clients.keySet().forEach(id -> {
            if (!CLIENT_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("agora.auth.clients." + id
                        + ": a client id is lower case letters, digits and dashes, starting with a letter");
            }
        });
    }

    /** {@code agora-cli} → {@code AGORA_AUTH_CLIENTS_AGORA_CLI_SECRET}, as the launcher names it too. */
    static String secretVariable(String clientId) {
        return "AGORA_AUTH_CLIENTS_" + clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET";
    }
}
