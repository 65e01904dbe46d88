package dev.agora.portal.security;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, as their tokens say: the account's name, the shop user they are ({@code user_id}, none for an
 * operator's account) and whether they are an operator.
 */
public record Person(String name, @Nullable UUID userId, boolean operator) {

    static final String USER_ID = "user_id";
    static final String OPERATOR_ROLE = "ROLE_OPERATOR";

    /** The person behind a browser's sign-in; none for a visitor or a script's token. */
    public static Optional<Person> of(@Nullable Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return Optional.empty();
        }
        var userId = user.getClaimAsString(USER_ID);
        var name = user.getClaimAsString("name");
        return Optional.of(new Person(
                name == null ? user.getName() : name,
                userId == null ? null : UUID.fromString(userId),
                authentication.getAuthorities().stream()
                        .anyMatch(authority -> OPERATOR_ROLE.equals(authority.getAuthority()))));
    }

    /** A shopper sees only what is theirs; an operator may see anyone's. */
    public boolean maySee(@Nullable UUID owner) {
        return operator || (userId != null && userId.equals(owner));
    }
}
