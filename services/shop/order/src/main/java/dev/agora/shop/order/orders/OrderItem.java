package dev.agora.shop.order.orders;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.PricedLine;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A line of an order: a product and its quantity, and its prices once the order was priced. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderItem(
        UUID productId,
        int quantity,
        @Nullable BigDecimal unitPrice,
        @Nullable BigDecimal taxRate,
        @Nullable BigDecimal tax,
        @Nullable BigDecimal lineTotal) {

    static OrderItem of(OrderLine line) {
        return new OrderItem(line.productId(), line.quantity(), null, null, null, null);
    }

    static OrderItem of(PricedLine line) {
        return new OrderItem(
                line.productId(),
                line.quantity(),
                Money.of(line.unitPrice()),
                line.taxRate(),
                Money.of(line.tax()),
                Money.of(line.lineTotal()));
    }

    OrderLine line() {
        return new OrderLine(productId, quantity);
    }

    PricedLine priced() {
        return new PricedLine(
                productId,
                quantity,
                Objects.requireNonNull(unitPrice, "line not priced"),
                Objects.requireNonNull(taxRate, "line not priced"),
                Objects.requireNonNull(tax, "line not priced"),
                Objects.requireNonNull(lineTotal, "line not priced"));
    }
}
