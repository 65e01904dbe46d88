package dev.agora.auth.tokens;

import dev.agora.auth.accounts.Account;
import dev.agora.auth.accounts.Accounts;
import dev.agora.auth.accounts.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A person's tokens say who they are as their account says it now, read at every issue, a refresh included: an
 * access token carries {@code roles}, {@code user_id} for a shop user, and the scopes the roles allow; an ID token
 * {@code roles} and {@code name}. A disabled or removed account gets no more tokens. A program's tokens are left
 * as issued: its client id as subject and the scopes it was granted.
 */
final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES = "roles";
    static final String USER_ID = "user_id";
    static final String NAME = "name";

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final Accounts accounts;

    TokenClaims(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (context.getPrincipal() instanceof OAuth2ClientAuthenticationToken) {
            return;
        }
        Account account = accounts.find(context.getPrincipal().getName())
                .filter(Account::enabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "the account is disabled or gone", null)));
        // claims are stored with the authorization as typed JSON, which reads back only the usual collections
        List<String> roles =
                account.roles().stream().map(Role::name).sorted().collect(Collectors.toCollection(ArrayList::new));
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getClaims().claims(claims -> {
                claims.put(ROLES, roles);
                if (account.userId() != null) {
                    claims.put(USER_ID, account.userId().toString());
                }
                // the roles may have changed since the sign-in this refresh continues
                claims.put(
                        OAuth2ParameterNames.SCOPE, Scopes.allowedFor(context.getAuthorizedScopes(), account.roles()));
            });
        } else if (ID_TOKEN.equals(context.getTokenType())) {
            context.getClaims().claim(ROLES, roles).claim(NAME, account.username());
        }
    }
}
