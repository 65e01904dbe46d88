package dev.agora.shop.inventory.reservation;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.api.Reservation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reservation} and {@code reservation_line} tables. */
@Repository
class ReservationRepository {

    private final JdbcClient jdbc;

    ReservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the order's reservation unless it has one. A concurrent insert for the same order waits on the
     * primary key until the first commits or rolls back, so only one of them ever goes on to take stock.
     *
     * @return false when the order already had a reservation (nothing written)
     */
    boolean insertIfAbsent(UUID orderId, ReservationStatus status, List<OrderLine> lines) {
        int inserted = jdbc.sql("INSERT INTO reservation (order_id, status) VALUES (:orderId, :status)"
                        + " ON CONFLICT DO NOTHING")
                .param("orderId", orderId)
                .param("status", status.name())
                .update();
        if (inserted == 0) {
            return false;
        }
        for (var line : lines) {
            jdbc.sql("INSERT INTO reservation_line (order_id, product_id, quantity)"
                            + " VALUES (:orderId, :productId, :quantity)")
                    .param("orderId", orderId)
                    .param("productId", line.productId())
                    .param("quantity", line.quantity())
                    .update();
        }
        return true;
    }

    /**
     * Moves the reservation from one status to another, locking its row: of two concurrent transitions from
     * the same status, the second finds the status changed and does nothing.
     *
     * @return false when the order has no reservation in status {@code from}
     */
    boolean transition(UUID orderId, ReservationStatus from, ReservationStatus to) {
        return jdbc.sql("UPDATE reservation SET status = :to, updated_at = now()"
                                + " WHERE order_id = :orderId AND status = :from")
                        .param("orderId", orderId)
                        .param("from", from.name())
                        .param("to", to.name())
                        .update()
                == 1;
    }

    List<OrderLine> lines(UUID orderId) {
        return jdbc.sql("SELECT product_id, quantity FROM reservation_line WHERE order_id = :orderId"
                        + " ORDER BY product_id")
                .param("orderId", orderId)
                .query(OrderLine.class)
                .list();
    }

    boolean exists(UUID orderId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM reservation WHERE order_id = :orderId)")
                .param("orderId", orderId)
                .query(Boolean.class)
                .single();
    }

    Optional<Reservation> find(UUID orderId) {
        return jdbc.sql("SELECT status FROM reservation WHERE order_id = :orderId")
                .param("orderId", orderId)
                .query(String.class)
                .optional()
                .map(status -> new Reservation(orderId, lines(orderId), status));
    }
}
