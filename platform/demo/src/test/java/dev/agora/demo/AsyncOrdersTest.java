package dev.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.StatusChange;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AsyncOrdersTest {

    @Test
    void explainsEachStatusByTheEventThatMadeIt() {
        assertThat(AsyncOrders.explain(update(OrderStatus.STOCK_RESERVED, null)))
                .contains("stock.reserved");
        assertThat(AsyncOrders.explain(update(OrderStatus.PRICED, null))).contains("order.priced");
        assertThat(AsyncOrders.explain(update(OrderStatus.CONFIRMED, null))).contains("payment.created");
        assertThat(AsyncOrders.explain(update(OrderStatus.EXPIRED, "not paid within PT20S")))
                .isEqualTo("expired: not paid within PT20S");
        assertThat(AsyncOrders.explain(update(OrderStatus.CANCELLED, null))).isEqualTo("cancelled: no reason given");
    }

    private static StatusChange update(OrderStatus status, @Nullable String reason) {
        return new StatusChange(status, Instant.parse("2026-11-23T09:00:00Z"), reason);
    }
}
