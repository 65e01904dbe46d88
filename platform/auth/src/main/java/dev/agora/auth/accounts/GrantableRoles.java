package dev.agora.auth.accounts;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Roles another service may give an account: not {@code OPERATOR}, which only the configuration grants, so that a
 * service allowed to write accounts cannot make anyone an operator.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = GrantableRoles.Check.class)
@interface GrantableRoles {

    String message() default "may hold SHOPPER and REVIEWER only; operators come from the configuration";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<GrantableRoles, Set<Role>> {

        @Override
        public boolean isValid(@Nullable Set<Role> roles, ConstraintValidatorContext context) {
            return roles == null || roles.stream().allMatch(role -> role != null && role != Role.OPERATOR);
        }
    }
}
