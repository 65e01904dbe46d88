package dev.agora.shop.user.directory;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The password a user signs in with, on its way to the authorization server: the user service neither stores nor
 * publishes it, and its {@code toString} hides it, so no log line can show it.
 */
record SignInPassword(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    SignInPassword {}

    @Override
    public String toString() {
        return "SignInPassword[hidden]";
    }

    /**
     * The authorization server's bounds (docs/security.md): at least 8 characters, at most 72 bytes in UTF-8 (what
     * BCrypt reads), checked here so that a password out of bounds stores no user. Null is no password.
     */
    @Documented
    @Constraint(validatedBy = Bounds.Validator.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Bounds {

        int MIN_CHARACTERS = 8;
        int MAX_BYTES = 72;

        String message() default
                "must have at least " + MIN_CHARACTERS + " characters and at most " + MAX_BYTES + " bytes in UTF-8";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Bounds, SignInPassword> {

            @Override
            public boolean isValid(@Nullable SignInPassword password, ConstraintValidatorContext context) {
                if (password == null) return true;
                var value = password.value();
                return value != null
                        && value.codePointCount(0, value.length()) >= MIN_CHARACTERS
                        && value.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
            }
        }
    }
}
