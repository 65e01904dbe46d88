package dev.agora.shop.user.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a client says about a user, on registration and as the whole new state on update. Surrounding spaces
 * are dropped before validation: other systems (the sign-up review) pass on what people typed.
 *
 * @param password the user's sign-in password, if the call sets one: it goes to the authorization server only (a
 *     password's spaces are its own, so they stay)
 */
record UserDetails(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @IsoCountry String country,

        @Schema(
                type = "string",
                format = "password",
                description = "optional: makes or replaces the user's sign-in account (the e-mail is the"
                        + " username) at the authorization server; never stored by the user service")
        @Nullable
        @SignInPassword.Bounds
        SignInPassword password) {

    UserDetails {
        name = strip(name);
        email = strip(email);
        country = strip(country);
    }

    UserDetails(String name, String email, String country) {
        this(name, email, country, null);
    }

    private static @Nullable String strip(@Nullable String value) {
        return value == null ? null : value.strip();
    }
}
