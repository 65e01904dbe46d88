package dev.agora.auth.tokens;

import dev.agora.auth.accounts.Role;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorizations, as stored, hold only the scopes a person's roles allow: a shopper signing in to a client that
 * asks for {@code ops} is authorized without it, so neither the token nor the token response names it. Narrowed
 * here because every way of authorizing a person (an authorization request, a pushed one) ends in a save.
 */
final class PersonAuthorizations implements OAuth2AuthorizationService {

    private final OAuth2AuthorizationService stored;

    PersonAuthorizations(OAuth2AuthorizationService stored) {
        this.stored = stored;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        stored.save(narrowed(authorization));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        stored.remove(authorization);
    }

    @Override
    public @Nullable OAuth2Authorization findById(String id) {
        return stored.findById(id);
    }

    @Override
    public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
        return stored.findByToken(token, tokenType);
    }

    private static OAuth2Authorization narrowed(OAuth2Authorization authorization) {
        if (!AuthorizationGrantType.AUTHORIZATION_CODE.equals(authorization.getAuthorizationGrantType())
                || !(authorization.getAttribute(Principal.class.getName()) instanceof Authentication person)) {
            return authorization; // a program's own authorization: the scopes it was granted
        }
        Set<String> allowed = Scopes.allowedFor(authorization.getAuthorizedScopes(), roles(person));
        return allowed.equals(authorization.getAuthorizedScopes())
                ? authorization
                : OAuth2Authorization.from(authorization)
                        .authorizedScopes(allowed)
                        .build();
    }

    private static Set<Role> roles(Authentication person) {
        Set<String> authorities = person.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return Arrays.stream(Role.values())
                .filter(role -> authorities.contains(role.authority()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
