package dev.agora.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.auth.accounts.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopesTest {

    private static final Set<String> PORTAL = new LinkedHashSet<>(List.of("openid", "profile", "shop", "ops"));

    @Test
    void anOperatorKeepsOps() {
        assertThat(Scopes.allowedFor(PORTAL, Set.of(Role.OPERATOR)))
                .containsExactly("openid", "profile", "shop", "ops");
    }

    @Test
    void everyoneElseLosesOpsAndKeepsTheRestInOrder() {
        assertThat(Scopes.allowedFor(PORTAL, Set.of(Role.SHOPPER))).containsExactly("openid", "profile", "shop");
        assertThat(Scopes.allowedFor(PORTAL, Set.of(Role.SHOPPER, Role.REVIEWER)))
                .containsExactly("openid", "profile", "shop");
        assertThat(Scopes.allowedFor(PORTAL, Set.of())).doesNotContain("ops");
    }

    @Test
    void theRequestIsLeftAsItWas() {
        Scopes.allowedFor(PORTAL, Set.of(Role.SHOPPER));

        assertThat(PORTAL).contains("ops");
    }
}
