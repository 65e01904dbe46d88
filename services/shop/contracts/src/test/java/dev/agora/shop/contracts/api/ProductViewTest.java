package dev.agora.shop.contracts.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ProductViewTest {

    @Test
    void aProductWithAPriceAndStockIsOrderable() {
        assertThat(product(new BigDecimal("10.00"), 3).orderable()).isTrue();
    }

    @Test
    void aProductWithoutAPriceOrOutOfStockIsNot() {
        assertThat(product(null, 3).orderable()).isFalse();
        assertThat(product(new BigDecimal("10.00"), null).orderable()).isFalse();
        assertThat(product(new BigDecimal("10.00"), 0).orderable()).isFalse();
    }

    private static ProductView product(@Nullable BigDecimal price, @Nullable Integer available) {
        return new ProductView(UUID.randomUUID(), "Dune", null, "books", price, "EUR", available);
    }
}
