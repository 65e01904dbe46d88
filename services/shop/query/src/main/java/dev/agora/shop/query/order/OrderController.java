package dev.agora.shop.query.order;

import dev.agora.shop.contracts.api.HistoryOrder;
import dev.agora.shop.contracts.api.OrderHistory;
import dev.agora.shop.query.NotFoundProblem;
import dev.agora.web.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Orders", description = "Order history from the read model; no other service is called")
class OrderController {

    private final OrderQueries orders;

    OrderController(OrderQueries orders) {
        this.orders = orders;
    }

    @GetMapping("/api/users/{userId}/orders")
    @Operation(
            summary = "A user's order history, newest first",
            description = "Lines with the products' current names, prices, status, payment and reason."
                    + " 404 when the user is unknown and has no orders.")
    OrderHistory history(
            @PathVariable UUID userId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Caller caller) {
        caller.checkActsFor(userId, "The history of user " + userId);
        long total = orders.countOf(userId);
        if (total == 0 && !orders.userKnown(userId)) {
            throw new NotFoundProblem("user", "userId", userId);
        }
        return new OrderHistory(userId, page, size, total, orders.history(userId, page, size));
    }

    @GetMapping("/api/orders/{orderId}")
    @Operation(summary = "An order")
    HistoryOrder order(@PathVariable UUID orderId, Caller caller) {
        var order = orders.find(orderId).orElseThrow(() -> new NotFoundProblem("order", "orderId", orderId));
        caller.checkActsFor(order.userId(), "Order " + orderId);
        return order;
    }
}
