package dev.agora.shop.query.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.contracts.api.HistoryOrder;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HistoryOrdersTest {

    private static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Test
    void subtotalAndTaxAreSummedFromPricedLines() {
        var view = HistoryOrders.of(
                header(),
                List.of(
                        new HistoryOrder.Line(
                                PRODUCT,
                                "Keyboard",
                                2,
                                new BigDecimal("49.90"),
                                new BigDecimal("19.96"),
                                new BigDecimal("119.76")),
                        new HistoryOrder.Line(
                                PRODUCT,
                                "Mug",
                                1,
                                new BigDecimal("8.50"),
                                new BigDecimal("1.70"),
                                new BigDecimal("10.20"))));

        assertThat(view.subtotal()).isEqualTo(new BigDecimal("108.30"));
        assertThat(view.tax()).isEqualTo(new BigDecimal("21.66"));
    }

    @Test
    void unpricedOrderHasNoSubtotalNorTax() {
        var view = HistoryOrders.of(header(), List.of(new HistoryOrder.Line(PRODUCT, null, 2, null, null, null)));

        assertThat(view.subtotal()).isNull();
        assertThat(view.tax()).isNull();
    }

    private static HistoryOrders.Header header() {
        return new HistoryOrders.Header(
                UUID.randomUUID(),
                null,
                OrderStatus.PENDING,
                null,
                Instant.parse("2026-03-01T12:00:00Z"),
                null,
                null,
                null,
                PaymentStatus.NONE,
                null);
    }
}
