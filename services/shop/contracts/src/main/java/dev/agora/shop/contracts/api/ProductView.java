package dev.agora.shop.contracts.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A product of the query service's catalogue; price and stock are null until their first event arrives.
 *
 * @param unitPrice before tax
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductView(
        UUID productId,
        String name,
        @Nullable String description,
        @Nullable String category,
        @Nullable BigDecimal unitPrice,
        @Nullable String currency,
        @Nullable Integer available) {

    /** Whether an order for it can succeed: it has a price and some stock. */
    public boolean orderable() {
        return unitPrice != null && available != null && available > 0;
    }
}
