package dev.agora.shop.payment.provider;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Moves money for orders. Calls may take long (network, the provider's own work), so callers hold no
 * database transaction while one runs.
 */
public interface PaymentProvider {

    /** Names the provider in problems, events and logs ("sandbox"). */
    String name();

    /**
     * Charges an order's total. Idempotent per order, as real providers are per idempotency key: charging an
     * order that was already captured returns the same reference instead of charging again.
     */
    ChargeOutcome charge(UUID orderId, BigDecimal amount, String currency);

    /** Gives a captured charge back; refunding the same reference again is harmless. */
    RefundOutcome refund(String reference);
}
