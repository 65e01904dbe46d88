package dev.agora.shop.payment.charge;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One PostgreSQL advisory lock per order, held until the transaction ends: a charge being recorded and the
 * order's expiry are serialised, so whichever comes second sees the first (no lock row to clean up).
 */
@Component
class OrderLocks {

    private final JdbcClient jdbc;

    OrderLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lock(UUID orderId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an order's lock lives as long as a transaction; none is active");
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(orderId.toString())
                .query()
                .singleRow();
    }
}
