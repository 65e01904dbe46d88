package dev.agora.shop.order.live;

import dev.agora.shop.order.orders.OrderStatusChanged;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands each committed status change to the streams open on that order in this process. With several instances
 * a client only hears of the changes its own instance made; a follow-up is to fan the changes out to all
 * instances (a per-instance queue bound to the order events, or PostgreSQL LISTEN/NOTIFY).
 */
@Component
class StatusFeed {

    private final ConcurrentMap<UUID, Set<StatusStream>> streams = new ConcurrentHashMap<>();

    void subscribe(UUID orderId, StatusStream stream) {
        streams.computeIfAbsent(orderId, id -> ConcurrentHashMap.newKeySet()).add(stream);
    }

    void unsubscribe(UUID orderId, StatusStream stream) {
        streams.computeIfPresent(orderId, (id, open) -> {
            open.remove(stream);
            return open.isEmpty() ? null : open;
        });
    }

    /** After commit only: a stream never shows a status that was rolled back. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void changed(OrderStatusChanged change) {
        var open = streams.get(change.orderId());
        if (open != null) open.forEach(stream -> stream.send(change));
    }
}
