package dev.agora.portal.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** Signed-in people for slice tests, as {@link PersonSignIn} makes them from the authorization server's tokens. */
public final class People {

    private People() {}

    public static OidcLoginRequestPostProcessor operator() {
        return oidcLogin()
                .idToken(token -> token.subject("admin").claim("name", "admin").claim("roles", List.of("OPERATOR")))
                .authorities(
                        new SimpleGrantedAuthority("ROLE_OPERATOR"),
                        new SimpleGrantedAuthority("SCOPE_ops"),
                        new SimpleGrantedAuthority("SCOPE_shop"));
    }

    public static OidcLoginRequestPostProcessor shopper(UUID userId) {
        return oidcLogin()
                .idToken(token -> token.subject("alice@example.org")
                        .claim("name", "alice@example.org")
                        .claim("roles", List.of("SHOPPER"))
                        .claim("user_id", userId.toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_SHOPPER"), new SimpleGrantedAuthority("SCOPE_shop"));
    }
}
