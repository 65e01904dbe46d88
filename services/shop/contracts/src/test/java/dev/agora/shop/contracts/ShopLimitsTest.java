package dev.agora.shop.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShopLimitsTest {

    @Test
    void theLargestOrderTheLimitsAllowHasATotalWithinTheLargestAmount() {
        var net = new BigDecimal(ShopLimits.MAX_UNIT_PRICE)
                .multiply(BigDecimal.valueOf(ShopLimits.MAX_QUANTITY))
                .multiply(BigDecimal.valueOf(ShopLimits.MAX_LINES));
        var total = net.add(net.multiply(new BigDecimal(ShopLimits.MAX_TAX_RATE)));

        assertThat(total).isLessThanOrEqualTo(new BigDecimal(ShopLimits.MAX_AMOUNT));
    }

    @Test
    void theLargestAmountHasTheDigitsAndCentsItDeclares() {
        var largest = new BigDecimal(ShopLimits.MAX_AMOUNT);

        assertThat(largest.scale()).isEqualTo(ShopLimits.CENTS);
        assertThat(largest.precision() - largest.scale()).isEqualTo(ShopLimits.AMOUNT_INTEGER_DIGITS);
    }
}
