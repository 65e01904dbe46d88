package dev.agora.shop.order.live;

import dev.agora.shop.order.orders.OrderBook;
import dev.agora.shop.order.orders.OrderProblems;
import dev.agora.shop.order.orders.OrderStatusChanged;
import dev.agora.web.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@Tag(name = "Orders")
@RestController
class OrderEventsController {

    private final OrderBook book;
    private final StatusFeed feed;
    private final LiveProperties properties;

    OrderEventsController(OrderBook book, StatusFeed feed, LiveProperties properties) {
        this.book = book;
        this.feed = feed;
        this.properties = properties;
    }

    @Operation(
            summary = "An order's status, live, as Server-Sent Events",
            description = "One `status` event {orderId, status, at, reason} per status reached so far, then one per"
                    + " change; the stream ends after CONFIRMED, CANCELLED, EXPIRED or REJECTED.")
    @GetMapping("/api/orders/{id}/events")
    SseEmitter events(@PathVariable UUID id, Caller caller) {
        var order = book.find(id).orElseThrow(() -> OrderProblems.unknownOrder(id));
        caller.checkActsFor(order.userId(), "Order " + id);
        var emitter = new SseEmitter(properties.streamTimeout().toMillis());
        var stream = new StatusStream(emitter);
        // subscribe before reading the timeline: a change committed in between is held back, not lost
        feed.subscribe(id, stream);
        emitter.onCompletion(() -> feed.unsubscribe(id, stream));
        emitter.onTimeout(emitter::complete);
        emitter.onError(failure -> feed.unsubscribe(id, stream));
        stream.start(book.timeline(id).stream()
                .map(change -> OrderStatusChanged.of(id, change))
                .toList());
        return emitter;
    }
}
