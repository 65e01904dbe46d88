package dev.agora.shop.order.checkout;

import dev.agora.shop.contracts.api.ChargeRequest;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.Payment;
import dev.agora.shop.contracts.api.Quote;
import dev.agora.shop.contracts.api.QuoteRequest;
import dev.agora.shop.contracts.api.Reservation;
import dev.agora.shop.contracts.api.ReservationRequest;
import dev.agora.shop.order.orders.IdempotencyKey;
import dev.agora.shop.order.orders.NewOrder;
import dev.agora.shop.order.orders.Opening;
import dev.agora.shop.order.orders.Order;
import dev.agora.shop.order.orders.OrderBook;
import dev.agora.shop.order.orders.OrderLifecycle;
import dev.agora.shop.order.orders.OrderProblems;
import dev.agora.shop.order.saga.PaymentDeadline;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Places a synchronous order: reserve stock, get a quote, charge, then store it CONFIRMED with OrderCreated(SYNC)
 * and OrderConfirmed. The order row is written first, in a transaction of its own, to claim the Idempotency-Key;
 * no database connection is held while the other services are called.
 *
 * <p>A failure ends the order REJECTED, without events, when nothing is left behind (no reservation, or it was
 * released; no charge). When a charge may exist (the payment call timed out or broke off, or anything failed after
 * it) payment is asked at once to refund it, and the problem says what became of it. Then, or when the release
 * failed, it ends CANCELLED with OrderCancelled, on which inventory releases and payment refunds what HTTP could
 * not undo. Either way the key is freed: the client may try the same order again.
 */
@Service
public class SyncCheckout {

    private static final Logger log = LoggerFactory.getLogger(SyncCheckout.class);

    private final OrderBook book;
    private final OrderLifecycle lifecycle;
    private final PaymentDeadline deadline;
    private final ShopServices services;
    private final Compensation compensation;
    private final TransactionTemplate transactions;

    SyncCheckout(
            OrderBook book,
            OrderLifecycle lifecycle,
            PaymentDeadline deadline,
            ShopServices services,
            Compensation compensation,
            TransactionTemplate transactions) {
        this.book = book;
        this.lifecycle = lifecycle;
        this.deadline = deadline;
        this.services = services;
        this.compensation = compensation;
        this.transactions = transactions;
    }

    public Opening place(NewOrder request, @Nullable IdempotencyKey key) {
        var claim = claim(request, key);
        var order = claim.order();
        if (!claim.created()) {
            if (!order.status().isFinal()) throw OrderProblems.stillBeingPlaced(order.id());
            return claim;
        }
        Instant reservedAt;
        Quote quote;
        Instant pricedAt;
        Payment payment;
        try {
            services.inventory()
                    .post(
                            "/api/reservations",
                            new ReservationRequest(order.id(), order.orderLines()),
                            Reservation.class);
            reservedAt = Instant.now();
            quote = services.pricing()
                    .post("/api/quotes", new QuoteRequest(order.userId(), order.orderLines()), Quote.class);
            pricedAt = Instant.now();
            payment = services.payment()
                    .post(
                            "/api/payments",
                            new ChargeRequest(order.id(), quote.total(), quote.currency()),
                            Payment.class);
        } catch (DependencyException failure) {
            throw abandon(order, failure);
        }
        try {
            return new Opening(
                    lifecycle.completeSync(order, reservedAt, quote, pricedAt, payment, Instant.now()), true);
        } catch (RuntimeException failure) {
            throw abandonCharged(order, failure);
        }
    }

    /**
     * Stores the PENDING order and its payment deadline: should this process die during the calls, the deadline
     * expires the order and OrderExpired releases its stock and refunds a charge.
     */
    private Opening claim(NewOrder request, @Nullable IdempotencyKey key) {
        return Objects.requireNonNull(transactions.execute(status -> {
            var opening = book.open(request, key);
            if (opening.created()) deadline.schedule(opening.order().id());
            return opening;
        }));
    }

    private ErrorResponseException abandon(Order order, DependencyException failure) {
        var stockMayBeHeld = !failure.dependency().equals(ShopServices.INVENTORY) || failure.mayHaveActed();
        var refund = chargeMayExist(failure) ? compensation.refund(order.id()) : null;
        var released = !stockMayBeHeld || compensation.releaseStock(order.id());
        var outcome = released && refund == null ? OrderStatus.REJECTED : OrderStatus.CANCELLED;
        var ended = end(order, outcome, Objects.requireNonNull(failure.getMessage()));
        return CheckoutProblems.of(failure, order.id(), ended, refund);
    }

    /** Whatever failed once the order was charged (storing it, its deadline passing), the money goes back. */
    private ErrorResponseException abandonCharged(Order order, RuntimeException failure) {
        log.error("synchronous order {} failed after its charge, which is refunded", order.id(), failure);
        var refund = compensation.refund(order.id());
        compensation.releaseStock(order.id());
        var ended = end(order, OrderStatus.CANCELLED, "not completed after its charge");
        return CheckoutProblems.afterPayment(failure, order.id(), ended, refund);
    }

    /**
     * A payment that timed out or broke off may have charged; a 409 from payment says the order is being charged,
     * by an earlier try of this very call whose answer was lost.
     */
    private static boolean chargeMayExist(DependencyException failure) {
        if (!failure.dependency().equals(ShopServices.PAYMENT)) return false;
        return failure.mayHaveActed()
                || failure instanceof DependencyRefusedException refused && refused.status() == 409;
    }

    /** @return the status the order now has: PENDING when it could not be changed (its deadline will end it) */
    private OrderStatus end(Order order, OrderStatus outcome, String reason) {
        log.info("synchronous order {} {}: {}", order.id(), outcome, reason);
        try {
            if (outcome == OrderStatus.REJECTED) {
                lifecycle.rejectSync(order.id(), reason);
            } else {
                lifecycle.cancelSync(order.id(), reason);
            }
            return book.find(order.id()).map(Order::status).orElse(outcome);
        } catch (RuntimeException unrecorded) {
            log.error("synchronous order {} could not be ended; its payment deadline will", order.id(), unrecorded);
            return OrderStatus.PENDING;
        }
    }
}
