package dev.agora.auth.clients;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** Turns a client's settings into Spring Authorization Server's registration of it. */
final class RegisteredClients {

    private static final Set<AuthorizationGrantType> GRANT_TYPES = Set.of(
            AuthorizationGrantType.CLIENT_CREDENTIALS,
            AuthorizationGrantType.AUTHORIZATION_CODE,
            AuthorizationGrantType.REFRESH_TOKEN);

    private RegisteredClients() {}

    /**
     * @param existing the current registration, whose id it keeps so that its authorizations stay its own
     * @param secretHash the secret as {@code PasswordEncoder} hashed it
     */
    static RegisteredClient of(
            String clientId,
            ConfiguredClients.Client settings,
            String secretHash,
            @Nullable RegisteredClient existing) {
        var tokens = TokenSettings.builder().reuseRefreshTokens(false); // a refresh token works once
        if (settings.accessTokenTimeToLive() != null) {
            tokens.accessTokenTimeToLive(settings.accessTokenTimeToLive());
        }
        return RegisteredClient.withId(existing == null ? UUID.randomUUID().toString() : existing.getId())
                .clientId(clientId)
                .clientName(clientId)
                .clientIdIssuedAt(existing == null ? Instant.now() : existing.getClientIdIssuedAt())
                .clientSecret(secretHash)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantTypes(types -> settings.grantTypes().stream()
                        .map(type -> grantType(clientId, type))
                        .forEach(types::add))
                .scopes(scopes -> scopes.addAll(settings.scopes()))
                .redirectUris(uris -> uris.addAll(settings.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(settings.postLogoutRedirectUris()))
                // the platform's own clients: a person signing in to the portal is asked nothing more
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(settings.pkceRequired())
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokens.build())
                .build();
    }

    private static AuthorizationGrantType grantType(String clientId, String name) {
        var type = new AuthorizationGrantType(name);
        if (!GRANT_TYPES.contains(type)) {
            throw new IllegalArgumentException("agora.auth.clients." + clientId + ".grant-types: " + name
                    + " is none of client_credentials, authorization_code, refresh_token");
        }
        return type;
    }
}
