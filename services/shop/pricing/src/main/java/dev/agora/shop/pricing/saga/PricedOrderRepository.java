package dev.agora.shop.pricing.saga;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code priced_order} table: the outcome of each order's pricing, recorded once. */
@Repository
class PricedOrderRepository {

    enum Outcome {
        PRICED,
        FAILED
    }

    private final JdbcClient jdbc;

    PricedOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the outcome unless the order already has one. A concurrent transaction recording the same order
     * waits on the primary key and then finds it taken.
     *
     * @return false if the order already had an outcome
     */
    boolean record(UUID orderId, Outcome outcome) {
        return jdbc.sql("INSERT INTO priced_order (order_id, outcome) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(orderId, outcome.name())
                        .update()
                == 1;
    }
}
