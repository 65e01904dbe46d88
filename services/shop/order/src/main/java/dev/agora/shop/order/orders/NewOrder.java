package dev.agora.shop.order.orders;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a client asks for: a user's lines, placed synchronously or asynchronously. */
public record NewOrder(UUID userId, List<OrderLine> lines, OrderMode mode) {

    public NewOrder {
        lines = List.copyOf(lines);
    }

    /**
     * Whether a repeat under the same Idempotency-Key asks for the same order as the one stored: same user, same
     * mode, same quantity of each product. The order of the lines does not matter.
     */
    public boolean sameRequestAs(Order order) {
        return userId.equals(order.userId())
                && mode == order.mode()
                && quantities(lines).equals(quantities(order.orderLines()));
    }

    private static Map<UUID, Integer> quantities(List<OrderLine> lines) {
        return lines.stream().collect(Collectors.toMap(OrderLine::productId, OrderLine::quantity, Integer::sum));
    }
}
