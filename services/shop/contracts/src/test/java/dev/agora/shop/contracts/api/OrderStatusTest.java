package dev.agora.shop.contracts.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void anOrderEndsConfirmedCancelledExpiredOrRejected() {
        assertThat(Arrays.stream(OrderStatus.values()).filter(OrderStatus::isFinal))
                .containsExactly(
                        OrderStatus.CONFIRMED, OrderStatus.CANCELLED, OrderStatus.EXPIRED, OrderStatus.REJECTED);
    }
}
