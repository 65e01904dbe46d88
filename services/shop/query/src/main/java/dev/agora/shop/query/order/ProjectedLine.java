package dev.agora.shop.query.order;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.PricedLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An order line as stored; the money is null while the order is not priced. Amounts have scale 2. */
record ProjectedLine(
        UUID productId,
        int quantity,
        @Nullable BigDecimal unitPrice,
        @Nullable BigDecimal tax,
        @Nullable BigDecimal lineTotal) {

    static ProjectedLine unpriced(OrderLine line) {
        return new ProjectedLine(line.productId(), line.quantity(), null, null, null);
    }

    static ProjectedLine priced(PricedLine line) {
        return new ProjectedLine(
                line.productId(), line.quantity(), money(line.unitPrice()), money(line.tax()), money(line.lineTotal()));
    }

    static @Nullable BigDecimal money(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
