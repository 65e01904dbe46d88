package dev.agora.shop.order.live;

import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.order.orders.OrderStatusChanged;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One client's stream of an order's statuses: first the timeline so far, then each change, each status once and
 * in order, closed after a final status. Changes that arrive before the timeline was sent wait for it.
 */
final class StatusStream {

    private final SseEmitter emitter;
    private final Set<OrderStatus> sent = EnumSet.noneOf(OrderStatus.class);
    private @Nullable List<OrderStatusChanged> waiting = new ArrayList<>();
    private boolean closed;

    StatusStream(SseEmitter emitter) {
        this.emitter = emitter;
    }

    synchronized void start(List<OrderStatusChanged> timeline) {
        timeline.forEach(this::emit);
        var early = waiting;
        waiting = null;
        if (early != null) early.forEach(this::emit);
    }

    synchronized void send(OrderStatusChanged change) {
        if (waiting != null) {
            waiting.add(change);
        } else {
            emit(change);
        }
    }

    private void emit(OrderStatusChanged change) {
        if (closed || !sent.add(change.status())) return;
        try {
            emitter.send(SseEmitter.event()
                    .name("status")
                    .id(change.status().name())
                    .data(change, MediaType.APPLICATION_JSON));
            if (change.status().isFinal()) {
                closed = true;
                emitter.complete();
            }
        } catch (IOException | IllegalStateException clientGone) {
            closed = true;
            emitter.completeWithError(clientGone);
        }
    }
}
