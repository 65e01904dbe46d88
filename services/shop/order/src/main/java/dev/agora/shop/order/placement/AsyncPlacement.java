package dev.agora.shop.order.placement;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.events.OrderCreated;
import dev.agora.shop.order.orders.IdempotencyKey;
import dev.agora.shop.order.orders.NewOrder;
import dev.agora.shop.order.orders.Opening;
import dev.agora.shop.order.orders.OrderBook;
import dev.agora.shop.order.saga.PaymentDeadline;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts an asynchronous order: one short transaction that stores it PENDING, records OrderCreated and the
 * payment deadline in the outbox, and calls no other service. The saga takes it from there.
 */
@Service
class AsyncPlacement {

    private final OrderBook book;
    private final PaymentDeadline deadline;
    private final ApplicationEventPublisher events;

    AsyncPlacement(OrderBook book, PaymentDeadline deadline, ApplicationEventPublisher events) {
        this.book = book;
        this.deadline = deadline;
        this.events = events;
    }

    @Transactional
    Opening accept(NewOrder request, @Nullable IdempotencyKey key) {
        var opening = book.open(request, key);
        if (opening.created()) {
            var order = opening.order();
            events.publishEvent(new OrderCreated(
                    order.id(), order.userId(), order.orderLines(), OrderMode.ASYNC, order.createdAt()));
            deadline.schedule(order.id());
        }
        return opening;
    }
}
