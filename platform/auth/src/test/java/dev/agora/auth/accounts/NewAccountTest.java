package dev.agora.auth.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewAccountTest {

    @Test
    void theUsernameIsStoredAsItIsCheckedInLowerCaseWithoutSpaces() {
        var account = new NewAccount(" Ann@Example.COM ", "a password", UUID.randomUUID(), null);

        assertThat(account.username()).isEqualTo("ann@example.com");
    }

    @Test
    void noRolesMeansShopper() {
        assertThat(new NewAccount("a@b.c", "a password", UUID.randomUUID(), null).grantedRoles())
                .containsExactly(Role.SHOPPER);
        assertThat(new NewAccount("a@b.c", "a password", UUID.randomUUID(), Set.of()).grantedRoles())
                .containsExactly(Role.SHOPPER);
        assertThat(new NewAccount("a@b.c", "a password", UUID.randomUUID(), Set.of(Role.REVIEWER)).grantedRoles())
                .containsExactly(Role.REVIEWER);
    }

    @Test
    void thePasswordNeverShowsInToString() {
        assertThat(new NewAccount("a@b.c", "a password", UUID.randomUUID(), null).toString())
                .doesNotContain("a password");
    }
}
