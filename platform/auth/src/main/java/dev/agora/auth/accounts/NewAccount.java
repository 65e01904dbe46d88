package dev.agora.auth.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A shop user's account as another service asks for it. The username is normalised before validation, so its
 * bounds hold for what is stored.
 */
record NewAccount(
        @Schema(description = "the user's e-mail address; signs in in any case", example = "ann@example.com")
        @NotBlank
        @Email
        @Size(max = Usernames.MAX_LENGTH)
        String username,

        @Schema(description = "kept only as a hash, never logged") @NotNull @Password
        String password,

        @Schema(description = "the user service's id of this user: one account per user") @NotNull
        UUID userId,

        @Schema(description = "SHOPPER (when none are given) and REVIEWER; operators come from the configuration")
        @Nullable
        @GrantableRoles
        Set<Role> roles) {

    NewAccount {
        username = username == null ? null : Usernames.normalise(username);
    }

    /** The roles asked for, {@code SHOPPER} when none were. */
    Set<Role> grantedRoles() {
        return roles == null || roles.isEmpty() ? Set.of(Role.SHOPPER) : Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", userId=" + userId + ", roles=" + roles + "]";
    }
}
