package dev.agora.shop.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SandboxLedgerTest {

    @Test
    void anOrderKeepsItsFirstReference() {
        var ledger = new SandboxLedger(10);
        var orderId = UUID.randomUUID();

        var reference = ledger.capture(orderId);

        assertThat(reference).startsWith("sandbox_");
        assertThat(ledger.capture(orderId)).isEqualTo(reference);
        assertThat(ledger.referenceOf(orderId)).isEqualTo(reference);
    }

    @Test
    void beyondItsCapacityTheOldestOrderIsForgotten() {
        var ledger = new SandboxLedger(2);
        var oldest = UUID.randomUUID();
        ledger.capture(oldest);
        ledger.capture(UUID.randomUUID());

        ledger.capture(UUID.randomUUID());

        assertThat(ledger.referenceOf(oldest)).isNull();
    }
}
