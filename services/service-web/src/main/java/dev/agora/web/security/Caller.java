package dev.agora.web.security;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who makes a request, from its token: a person (a shopper's {@code user_id}), a program (a client id), and whether
 * it acts as an operator. A controller takes it as a parameter.
 *
 * @param subject the token's {@code sub}: a person's username or a client's id
 * @param userId the shopper the token speaks for, if any
 * @param operator whether the token has the {@code ops} scope, which may act for anyone
 */
public record Caller(String subject, @Nullable UUID userId, boolean operator) {

    static final String USER_ID_CLAIM = "user_id";

    static Caller of(Authentication authentication) {
        var operator = authentication.getAuthorities().stream()
                .anyMatch(granted -> Scope.authority(Scope.OPS).equals(granted.getAuthority()));
        UUID userId = null;
        if (authentication.getPrincipal() instanceof Jwt jwt && jwt.getClaim(USER_ID_CLAIM) instanceof String id) {
            userId = parse(id);
        }
        return new Caller(authentication.getName(), userId, operator);
    }

    /**
     * Whether the caller may act for this user: as the user themselves, or as an operator.
     *
     * @param user whose the thing asked for is; none: an operator's only
     */
    public boolean mayActFor(@Nullable UUID user) {
        return operator || (user != null && user.equals(userId));
    }

    /**
     * @param what what is asked for, for the 403's detail: "Order 0a1b…" gives "Order 0a1b… is another user's"
     * @throws NotTheCallersException unless the caller {@linkplain #mayActFor may act for} the user
     */
    public void checkActsFor(@Nullable UUID user, String what) {
        if (!mayActFor(user)) {
            throw new NotTheCallersException(what);
        }
    }

    private static @Nullable UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
