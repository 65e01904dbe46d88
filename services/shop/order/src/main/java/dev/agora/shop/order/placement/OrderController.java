package dev.agora.shop.order.placement;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.OrderView;
import dev.agora.shop.contracts.api.PlaceOrderRequest;
import dev.agora.shop.contracts.api.StatusChange;
import dev.agora.shop.order.checkout.SyncCheckout;
import dev.agora.shop.order.orders.IdempotencyKey;
import dev.agora.shop.order.orders.Opening;
import dev.agora.shop.order.orders.Order;
import dev.agora.shop.order.orders.OrderBook;
import dev.agora.shop.order.orders.OrderProblems;
import dev.agora.web.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(name = "Orders", description = "Placing orders, synchronously or as a saga of events, and reading them")
@RestController
@RequestMapping("/api/orders")
class OrderController {

    /** Says that an answer repeats the order a former request under the same Idempotency-Key created. */
    static final String REPLAYED = "Idempotent-Replayed";

    private final AsyncPlacement asyncPlacement;
    private final SyncCheckout syncCheckout;
    private final OrderBook book;

    OrderController(AsyncPlacement asyncPlacement, SyncCheckout syncCheckout, OrderBook book) {
        this.asyncPlacement = asyncPlacement;
        this.syncCheckout = syncCheckout;
        this.book = book;
    }

    @Operation(
            summary = "Place an order",
            description = "ASYNC (default): 202 at once with the PENDING order, which proceeds by events. SYNC: 201"
                    + " with the CONFIRMED order once inventory, pricing and payment answered, or a problem naming"
                    + " the failing `dependency` (409 stock, 422 pricing, 402 payment declined, 503 down, 504 too"
                    + " slow). A repeat under the same Idempotency-Key answers 200 with the first order (409 while a"
                    + " SYNC one is still being placed); the same key with another body is a 422.")
    @PostMapping
    ResponseEntity<OrderView> place(
            @Valid @RequestBody PlaceOrderRequest request,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) @Nullable String idempotencyKey,
            Caller caller) {
        caller.checkActsFor(request.userId(), "User " + request.userId());
        var key = IdempotencyKey.of(idempotencyKey);
        var order = NewOrders.of(request);
        var opening =
                order.mode() == OrderMode.SYNC ? syncCheckout.place(order, key) : asyncPlacement.accept(order, key);
        var placed = opening.order();
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(placed.id())
                .toUri();
        if (!opening.created()) {
            return ResponseEntity.ok()
                    .location(location)
                    .header(REPLAYED, "true")
                    .body(OrderViews.of(placed, book.timeline(placed.id())));
        }
        var status = placed.mode() == OrderMode.SYNC ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).location(location).body(view(opening));
    }

    @Operation(summary = "An order with its lines, prices once known, status, reason if it ended, and timeline")
    @GetMapping("/{id}")
    OrderView one(@PathVariable UUID id, Caller caller) {
        var order = book.find(id).orElseThrow(() -> OrderProblems.unknownOrder(id));
        caller.checkActsFor(order.userId(), "Order " + id);
        return OrderViews.of(order, book.timeline(id));
    }

    @Operation(summary = "A user's orders, newest first")
    @GetMapping
    List<OrderView> ofUser(
            @RequestParam UUID userId,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            Caller caller) {
        caller.checkActsFor(userId, "User " + userId);
        var orders = book.ofUser(userId, limit);
        var timelines = book.timelines(orders.stream().map(Order::id).toList());
        return orders.stream()
                .map(order -> OrderViews.of(order, timelines.getOrDefault(order.id(), List.of())))
                .toList();
    }

    /** Spring's own problem for this names the parameter only in its text; ours has it as a property too. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ErrorResponse rejectUnreadable(MethodArgumentTypeMismatchException unreadable) {
        var expected = unreadable.getRequiredType() == UUID.class ? "must be a UUID" : "must be a whole number";
        var problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'" + unreadable.getName() + "' " + expected);
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", unreadable.getName());
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, unreadable);
    }

    /** A freshly accepted ASYNC order's timeline is its opening: no need to read it back on the fast path. */
    private OrderView view(Opening opening) {
        var order = opening.order();
        var timeline = order.status() == OrderStatus.PENDING
                ? List.of(new StatusChange(OrderStatus.PENDING, order.createdAt(), null))
                : book.timeline(order.id());
        return OrderViews.of(order, timeline);
    }
}
