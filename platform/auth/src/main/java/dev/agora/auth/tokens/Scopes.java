package dev.agora.auth.tokens;

import dev.agora.auth.accounts.Role;
import dev.agora.web.security.Scope;
import java.util.LinkedHashSet;
import java.util.Set;

/** The scopes this server gives meaning to, and which of them a person's roles allow. */
public final class Scopes {

    /** Operator actions: only an operator's token carries it. */
    public static final String OPS = Scope.OPS;

    /** Creating and replacing accounts through {@code /api/accounts}. */
    public static final String ACCOUNTS_WRITE = Scope.ACCOUNTS_WRITE;

    private Scopes() {}

    /** The scopes of {@code requested} that a person with these roles may hold, in their order. */
    static Set<String> allowedFor(Set<String> requested, Set<Role> roles) {
        var allowed = new LinkedHashSet<>(requested);
        if (!roles.contains(Role.OPERATOR)) {
            allowed.remove(OPS);
        }
        return allowed;
    }
}
