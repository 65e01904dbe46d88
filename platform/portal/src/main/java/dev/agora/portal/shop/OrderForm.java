package dev.agora.portal.shop;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue's order form: how, and a quantity per product ({@code quantities[<productId>]}); who orders is the
 * signed-in person.
 *
 * @param idempotencyKey made when the form is shown: submitting it twice places one order
 */
record OrderForm(
        @Nullable OrderMode mode,
        @Nullable Map<UUID, Integer> quantities,
        @Nullable String idempotencyKey) {

    static OrderForm blank() {
        return new OrderForm(
                OrderMode.ASYNC, new LinkedHashMap<>(), UUID.randomUUID().toString());
    }

    List<OrderLine> lines() {
        if (quantities == null) return List.of();
        return quantities.entrySet().stream()
                .filter(entry -> entry.getValue() != null && entry.getValue() > 0)
                .map(entry -> new OrderLine(entry.getKey(), entry.getValue()))
                .toList();
    }

    public int quantityOf(UUID productId) {
        var quantity = quantities == null ? null : quantities.get(productId);
        return quantity == null ? 0 : quantity;
    }

    /** The form to show again after a refusal: same choices, and a key only if the order may have been placed. */
    OrderForm again(boolean keepKey) {
        return new OrderForm(
                mode,
                quantities,
                keepKey && idempotencyKey != null
                        ? idempotencyKey
                        : UUID.randomUUID().toString());
    }
}
