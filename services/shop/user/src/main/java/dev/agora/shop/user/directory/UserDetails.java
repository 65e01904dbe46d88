package dev.agora.shop.user.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a client says about a user, on registration and as the whole new state on update. Surrounding spaces
 * are dropped before validation: other systems (the sign-up review) pass on what people typed.
 */
record UserDetails(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @IsoCountry String country) {

    UserDetails {
        name = strip(name);
        email = strip(email);
        country = strip(country);
    }

    private static @Nullable String strip(@Nullable String value) {
        return value == null ? null : value.strip();
    }
}
