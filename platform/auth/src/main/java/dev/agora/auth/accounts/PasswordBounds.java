package dev.agora.auth.accounts;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The bounds of every password: long enough to resist guessing, and short enough for the hash, since BCrypt reads
 * only the first 72 bytes.
 */
final class PasswordBounds implements ConstraintValidator<Password, String> {

    static final int MIN_CHARACTERS = 8;
    static final int MAX_BYTES = 72;
    static final String MESSAGE =
            "must have at least " + MIN_CHARACTERS + " characters and at most " + MAX_BYTES + " bytes in UTF-8";

    /** Also for the operator's password, which comes from the configuration. */
    static boolean holdFor(String password) {
        return password.codePointCount(0, password.length()) >= MIN_CHARACTERS
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    @Override
    public boolean isValid(@Nullable String password, ConstraintValidatorContext context) {
        return password == null || holdFor(password);
    }
}
