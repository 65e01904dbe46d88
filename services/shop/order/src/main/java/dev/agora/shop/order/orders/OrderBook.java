package dev.agora.shop.order.orders;

import dev.agora.shop.contracts.api.StatusChange;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens orders (once per Idempotency-Key) and reads them with their timelines. */
@Service
public class OrderBook {

    /** A key found taken can be freed again before it is read (a failed synchronous order): then try again. */
    private static final int ATTEMPTS = 3;

    private final OrderRepository orders;

    OrderBook(OrderRepository orders) {
        this.orders = orders;
    }

    /**
     * Stores a new PENDING order, or finds the one its Idempotency-Key already names, which must have been asked
     * for with the same request (else a 422 naming the header). Runs in the caller's transaction, which
     * announces a new order: both commit together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Opening open(NewOrder request, @Nullable IdempotencyKey key) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var order = Order.open(request);
            if (orders.insert(order, key)) {
                return new Opening(order, true);
            }
            var existing = orders.findByKey(Objects.requireNonNull(key));
            if (existing.isPresent()) {
                if (!request.sameRequestAs(existing.get())) throw OrderProblems.idempotencyKeyReused();
                return new Opening(existing.get(), false);
            }
        }
        throw new IllegalStateException("Idempotency-Key " + key + " keeps being taken and freed");
    }

    public Optional<Order> find(UUID orderId) {
        return orders.find(orderId);
    }

    /** The user's orders, newest first. */
    public List<Order> ofUser(UUID userId, int limit) {
        return orders.findByUser(userId, limit);
    }

    public List<StatusChange> timeline(UUID orderId) {
        return orders.timelines(List.of(orderId)).getOrDefault(orderId, List.of());
    }

    public Map<UUID, List<StatusChange>> timelines(List<UUID> orderIds) {
        return orders.timelines(orderIds);
    }
}
