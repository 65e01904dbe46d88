package dev.agora.shop.payment.charge;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.Payment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An order's charge as stored in the {@code payment} table. */
record PaymentRow(
        UUID paymentId,
        UUID orderId,
        BigDecimal amount,
        String currency,
        PaymentStatus status,
        OrderMode mode,
        @Nullable String providerReference,
        @Nullable String failureReason) {

    static PaymentRow claim(UUID orderId, BigDecimal amount, String currency, OrderMode mode) {
        return new PaymentRow(
                UUID.randomUUID(), orderId, money(amount), currency, PaymentStatus.CHARGING, mode, null, null);
    }

    /** The same payment claimed again, by a synchronous caller retrying after a decline or provider error. */
    PaymentRow reclaimed(BigDecimal newAmount, String newCurrency, OrderMode newMode) {
        return new PaymentRow(
                paymentId, orderId, money(newAmount), newCurrency, PaymentStatus.CHARGING, newMode, null, null);
    }

    PaymentRow captured(String reference) {
        return new PaymentRow(paymentId, orderId, amount, currency, PaymentStatus.CAPTURED, mode, reference, null);
    }

    PaymentRow unsuccessful(PaymentStatus outcome, String reason) {
        return new PaymentRow(paymentId, orderId, amount, currency, outcome, mode, null, reason);
    }

    PaymentRow withStatus(PaymentStatus newStatus) {
        return new PaymentRow(paymentId, orderId, amount, currency, newStatus, mode, providerReference, failureReason);
    }

    /** The API's view: money still held (CAPTURED, also while its refund runs) or given back (REFUNDED). */
    Payment toPayment() {
        return new Payment(
                paymentId,
                orderId,
                amount,
                currency,
                status == PaymentStatus.REFUNDED ? "REFUNDED" : "CAPTURED",
                Objects.requireNonNull(providerReference, "a payment that took money has a provider reference"));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
