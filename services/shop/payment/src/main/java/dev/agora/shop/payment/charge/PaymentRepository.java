package dev.agora.shop.payment.charge;

import dev.agora.shop.contracts.OrderMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code payment} table: one row per order. */
@Repository
class PaymentRepository {

    private static final String COLUMNS =
            "payment_id, order_id, amount, currency, status, mode, provider_reference, failure_reason";

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PaymentRow> findByOrder(UUID orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE order_id = ?")
                .param(orderId)
                .query((row, number) -> map(row))
                .optional();
    }

    Optional<PaymentRow> findById(UUID paymentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE payment_id = ?")
                .param(paymentId)
                .query((row, number) -> map(row))
                .optional();
    }

    void insert(PaymentRow payment) {
        jdbc.sql("INSERT INTO payment (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        payment.paymentId(),
                        payment.orderId(),
                        payment.amount(),
                        payment.currency(),
                        payment.status().name(),
                        payment.mode().name(),
                        payment.providerReference(),
                        payment.failureReason())
                .update();
    }

    void update(PaymentRow payment) {
        jdbc.sql("""
                        UPDATE payment SET amount = ?, currency = ?, status = ?, mode = ?, provider_reference = ?,
                            failure_reason = ?, updated_at = now()
                        WHERE payment_id = ?""")
                .params(
                        payment.amount(),
                        payment.currency(),
                        payment.status().name(),
                        payment.mode().name(),
                        payment.providerReference(),
                        payment.failureReason(),
                        payment.paymentId())
                .update();
    }

    /**
     * Rows whose provider call has had no recorded outcome for {@code stalledAfter}, marked as touched now so
     * that no other instance takes them again before that long; rows another instance is taking are skipped.
     */
    List<PaymentRow> takeStalled(Duration stalledAfter, int limit) {
        return jdbc.sql("UPDATE payment SET updated_at = now() WHERE payment_id IN (SELECT payment_id FROM payment"
                        + " WHERE status IN ('CHARGING', 'REFUNDING') AND updated_at < now() - make_interval(secs => ?)"
                        + " ORDER BY updated_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS)
                .params(stalledAfter.toMillis() / 1000.0, limit)
                .query((row, number) -> map(row))
                .list();
    }

    private static PaymentRow map(ResultSet row) throws SQLException {
        return new PaymentRow(
                row.getObject("payment_id", UUID.class),
                row.getObject("order_id", UUID.class),
                row.getBigDecimal("amount"),
                row.getString("currency"),
                PaymentStatus.valueOf(row.getString("status")),
                OrderMode.valueOf(row.getString("mode")),
                row.getString("provider_reference"),
                row.getString("failure_reason"));
    }
}
