package dev.agora.shop.order.orders;

import static dev.agora.shop.order.orders.OrderStatus.CANCELLED;
import static dev.agora.shop.order.orders.OrderStatus.CONFIRMED;
import static dev.agora.shop.order.orders.OrderStatus.EXPIRED;
import static dev.agora.shop.order.orders.OrderStatus.PENDING;
import static dev.agora.shop.order.orders.OrderStatus.PRICED;
import static dev.agora.shop.order.orders.OrderStatus.REJECTED;
import static dev.agora.shop.order.orders.OrderStatus.STOCK_RESERVED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.order.orders.OrderStatus.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OrderStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "PENDING,        STOCK_RESERVED, APPLY",
        "STOCK_RESERVED, PRICED,         APPLY",
        "PRICED,         CONFIRMED,      APPLY",
        "PENDING,        CANCELLED,      APPLY",
        "STOCK_RESERVED, CANCELLED,      APPLY",
        "PRICED,         CANCELLED,      APPLY",
        "PENDING,        EXPIRED,        APPLY",
        "STOCK_RESERVED, EXPIRED,        APPLY",
        "PRICED,         EXPIRED,        APPLY",
        "PENDING,        REJECTED,       APPLY",
    })
    void theSagaMovesForwardAndCanEndAnywhereBeforeTheEnd(OrderStatus from, OrderStatus to, Step step) {
        assertThat(from.stepTo(to)).isEqualTo(step);
    }

    @Test
    void pricesThatOvertookTheStockReservationStillPriceAPendingOrder() {
        assertThat(PENDING.stepTo(PRICED)).isEqualTo(Step.APPLY);
    }

    @Test
    void aStockReservationArrivingAfterThePricesIsStale() {
        assertThat(PRICED.stepTo(STOCK_RESERVED)).isEqualTo(Step.IGNORE);
    }

    @Test
    void duplicatesOfTheCurrentStatusAreIgnored() {
        assertThat(STOCK_RESERVED.stepTo(STOCK_RESERVED)).isEqualTo(Step.IGNORE);
        assertThat(PRICED.stepTo(PRICED)).isEqualTo(Step.IGNORE);
        assertThat(PENDING.stepTo(PENDING)).isEqualTo(Step.IGNORE);
    }

    @Test
    void aPaymentBeforeThePricesMustWaitForThem() {
        assertThat(PENDING.stepTo(CONFIRMED)).isEqualTo(Step.NOT_YET);
        assertThat(STOCK_RESERVED.stepTo(CONFIRMED)).isEqualTo(Step.NOT_YET);
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderStatus.class,
            names = {"CONFIRMED", "CANCELLED", "EXPIRED", "REJECTED"})
    void aFinalOrderNeverMovesAgain(OrderStatus end) {
        assertThat(end.isFinal()).isTrue();
        for (var target : OrderStatus.values()) {
            assertThat(end.stepTo(target)).as("%s -> %s", end, target).isEqualTo(Step.IGNORE);
        }
    }

    @Test
    void aPaymentForAnExpiredOrderKeepsItExpired() {
        assertThat(EXPIRED.stepTo(CONFIRMED)).isEqualTo(Step.IGNORE);
        assertThat(CANCELLED.stepTo(CONFIRMED)).isEqualTo(Step.IGNORE);
    }

    @Test
    void onlyTheEndsAreFinal() {
        assertThat(PENDING.isFinal()).isFalse();
        assertThat(STOCK_RESERVED.isFinal()).isFalse();
        assertThat(PRICED.isFinal()).isFalse();
        assertThat(CONFIRMED.isFinal()).isTrue();
        assertThat(REJECTED.isFinal()).isTrue();
    }
}
