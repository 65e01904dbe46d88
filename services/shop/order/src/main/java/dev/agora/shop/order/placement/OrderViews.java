package dev.agora.shop.order.placement;

import dev.agora.shop.contracts.api.OrderView;
import dev.agora.shop.contracts.api.StatusChange;
import dev.agora.shop.order.orders.Order;
import dev.agora.shop.order.orders.OrderItem;
import java.util.List;

/** An order as the API shows it, in the shop's contract. */
final class OrderViews {

    private OrderViews() {}

    static OrderView of(Order order, List<StatusChange> timeline) {
        return new OrderView(
                order.id(),
                order.userId(),
                order.mode(),
                order.status(),
                order.lines().stream().map(OrderViews::line).toList(),
                order.subtotal(),
                order.tax(),
                order.total(),
                order.currency(),
                order.paymentId(),
                order.reason(),
                order.createdAt(),
                timeline);
    }

    private static OrderView.Line line(OrderItem item) {
        return new OrderView.Line(
                item.productId(), item.quantity(), item.unitPrice(), item.taxRate(), item.tax(), item.lineTotal());
    }
}
