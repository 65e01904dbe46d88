package dev.agora.auth.accounts;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's account as other parts of the server see it: never the password hash. */
public record Account(
        String username, Set<Role> roles, @Nullable UUID userId, boolean enabled) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }
}
