package dev.agora.shop.order.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as the shop keeps them: two decimals, rounded half-even. */
final class Money {

    private Money() {}

    static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
