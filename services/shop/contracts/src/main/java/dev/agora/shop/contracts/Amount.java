package dev.agora.shop.contracts;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount of money as the shop takes it: above zero, at most {@link #max()}, in cents. Checked on the value's
 * digits and scale, which costs nothing whatever its exponent ({@code 1E+200000}), before any code computes with
 * it. Null is left to {@code @NotNull}.
 */
@Documented
@Positive
@Digits(integer = ShopLimits.AMOUNT_INTEGER_DIGITS, fraction = ShopLimits.CENTS)
@DecimalMax(ShopLimits.MAX_AMOUNT)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {

    String message() default "must be an amount in cents";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The highest amount allowed here, {@link ShopLimits#MAX_AMOUNT} unless lower. */
    @OverridesAttribute(constraint = DecimalMax.class, name = "value")
    String max() default ShopLimits.MAX_AMOUNT;
}
