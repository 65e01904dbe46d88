package dev.agora.shop.inventory.reservation;

import dev.agora.messaging.EventHandler;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.events.OrderCancelled;
import dev.agora.shop.contracts.events.OrderConfirmed;
import dev.agora.shop.contracts.events.OrderCreated;
import dev.agora.shop.contracts.events.OrderExpired;
import org.springframework.stereotype.Component;

/** Inventory's part in the order saga. */
@Component
class OrderEventHandlers {

    private final ReservationService reservations;

    OrderEventHandlers(ReservationService reservations) {
        this.reservations = reservations;
    }

    @EventHandler
    void reserve(OrderCreated order) {
        // a synchronous order reserved its stock over HTTP before it was created
        if (order.mode() == OrderMode.ASYNC) {
            reservations.reserveForSaga(order.orderId(), order.lines());
        }
    }

    @EventHandler
    void releaseCancelled(OrderCancelled order) {
        reservations.releaseForSaga(order.orderId());
    }

    @EventHandler
    void releaseExpired(OrderExpired order) {
        reservations.releaseForSaga(order.orderId());
    }

    @EventHandler
    void confirm(OrderConfirmed order) {
        reservations.confirm(order.orderId());
    }
}
