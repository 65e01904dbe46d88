package dev.agora.shop.payment.charge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Provider calls whose process died before their outcome was recorded (rows left CHARGING or REFUNDING, as a
 * crash leaves them) are made again and finished.
 */
@SpringBootTest(
        // far below the minute-old rows the tests leave behind, far above a loaded machine's pauses
        properties = {"agora.shop.payment.recovery.stalled-after=30s", "agora.shop.payment.recovery.interval=200ms"})
class StalledCallRecoveryIT extends RunningPaymentService {

    @Test
    void aSagaChargeLeftWithoutOutcomeIsMadeAgainAndPublished() {
        var orderId = UUID.randomUUID();

        leftBehind(orderId, "CHARGING", "ASYNC", null);

        var created = shop.awaitEvent("payment.created", orderId);
        assertThat(created.data().get("providerReference").asString()).startsWith("sandbox_");
        assertThat(statusOf(orderId)).containsExactly("CAPTURED");
    }

    @Test
    void aSynchronousChargeWhoseCallerIsGoneIsMadeAgainAndRefunded() {
        var orderId = UUID.randomUUID();

        leftBehind(orderId, "CHARGING", "SYNC", null);

        shop.awaitEvent("payment.refunded", orderId);
        assertThat(shop.paymentEventNames(orderId)).containsExactly("payment.created", "payment.refunded");
        assertThat(statusOf(orderId)).containsExactly("REFUNDED");
    }

    @Test
    void aRefundLeftWithoutOutcomeIsAskedAgain() {
        var orderId = UUID.randomUUID();

        leftBehind(orderId, "REFUNDING", "ASYNC", "sandbox_left-behind");

        shop.awaitEvent("payment.refunded", orderId);
        assertThat(statusOf(orderId)).containsExactly("REFUNDED");
    }

    @Test
    void aCallStillWithinItsTimeIsLeftAlone() {
        var orderId = UUID.randomUUID();
        servers.jdbc()
                .update(
                        "INSERT INTO payment (payment_id, order_id, amount, currency, status, mode)"
                                + " VALUES (?, ?, 42.50, 'EUR', 'CHARGING', 'ASYNC')",
                        UUID.randomUUID(),
                        orderId);
        var stalled = UUID.randomUUID();
        leftBehind(stalled, "CHARGING", "ASYNC", null);

        shop.awaitEvent("payment.created", stalled); // a recovery pass ran since both rows were there
        assertThat(statusOf(orderId)).containsExactly("CHARGING");
    }

    /** A row as a process that died mid-call leaves it: touched a minute ago, no outcome. */
    private static void leftBehind(UUID orderId, String status, String mode, @Nullable String reference) {
        servers.jdbc()
                .update(
                        "INSERT INTO payment (payment_id, order_id, amount, currency, status, mode, provider_reference,"
                                + " updated_at) VALUES (?, ?, 42.50, 'EUR', ?, ?, ?, now() - interval '1 minute')",
                        UUID.randomUUID(),
                        orderId,
                        status,
                        mode,
                        reference);
    }
}
