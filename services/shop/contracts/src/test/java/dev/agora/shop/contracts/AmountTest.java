package dev.agora.shop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {

    static jakarta.validation.ValidatorFactory factory;
    static Validator validator;

    record Charge(@Amount BigDecimal amount) {}

    record Price(@Amount(max = ShopLimits.MAX_UNIT_PRICE) BigDecimal unitPrice) {}

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "12.5", "12.50", "999999999999.99", "1E+3"})
    void anAmountInCentsUpToTheLargestIsValid(String amount) {
        assertThat(validator.validate(new Charge(new BigDecimal(amount)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "12.345", "1E-3", "1000000000000", "1e20", "1E+200000", "1E-200000"})
    void anythingElseIsInvalidWithoutBeingExpanded(String amount) {
        assertThat(validator.validate(new Charge(new BigDecimal(amount)))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000.01", "9999999999.99"})
    void aLowerMaximumIsKept(String unitPrice) {
        assertThat(validator.validate(new Price(new BigDecimal(unitPrice))))
                .extracting(violation -> violation.getMessage())
                .containsExactly("must be less than or equal to " + ShopLimits.MAX_UNIT_PRICE);
    }
}
