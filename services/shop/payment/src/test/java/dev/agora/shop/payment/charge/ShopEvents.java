package dev.agora.shop.payment.charge;

import dev.agora.shop.contracts.PricedLine;
import dev.agora.shop.contracts.events.OrderPriced;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Events of the other shop services as the payment service receives them, and what its inbox has processed. */
final class ShopEvents {

    private ShopEvents() {}

    /** What pricing publishes: one line, tax-free, so the total is the line's price. */
    static OrderPriced priced(UUID orderId, String total) {
        var amount = new BigDecimal(total);
        var line = new PricedLine(UUID.randomUUID(), 1, amount, BigDecimal.ZERO, new BigDecimal("0.00"), amount);
        return new OrderPriced(
                orderId, UUID.randomUUID(), List.of(line), amount, new BigDecimal("0.00"), amount, "EUR");
    }

    /** True once the payment service's handler committed this event (the messaging layer's inbox row). */
    static boolean processed(JdbcTemplate jdbc, UUID eventUuid) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM agora_inbox WHERE message_id = ?)", Boolean.class, eventUuid.toString()));
    }
}
