package dev.agora.shop.payment.charge;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code closed_order} table: orders that ended, remembered so that a late charge is never kept. */
@Repository
class ClosedOrders {

    private final JdbcClient jdbc;

    ClosedOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void close(UUID orderId, ClosingReason reason) {
        jdbc.sql("INSERT INTO closed_order (order_id, reason) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(orderId, reason.name())
                .update();
    }

    boolean isClosed(UUID orderId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM closed_order WHERE order_id = ?)")
                .param(orderId)
                .query(Boolean.class)
                .single();
    }
}
