package dev.agora.shop.order.checkout;

import dev.agora.shop.contracts.api.ChargeRequest;
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
import dev.agora.shop.order.orders.OrderStatus;
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
 * released; no charge). When something may be left (the release failed twice, or the payment call timed out or
 * broke off, so a charge may exist) it ends CANCELLED with OrderCancelled, on which inventory releases and payment
 * refunds. Either way the key is freed: the client may try the same order again.
 */
@Service
public class SyncCheckout {

    private static final Logger log = LoggerFactory.getLogger(SyncCheckout.class);

    private final OrderBook book;
    private final OrderLifecycle lifecycle;
    private final PaymentDeadline deadline;
    private final ShopServices services;
    private final ReservationRelease release;
    private final TransactionTemplate transactions;

    SyncCheckout(
            OrderBook book,
            OrderLifecycle lifecycle,
            PaymentDeadline deadline,
            ShopServices services,
            ReservationRelease release,
            TransactionTemplate transactions) {
        this.book = book;
        this.lifecycle = lifecycle;
        this.deadline = deadline;
        this.services = services;
        this.release = release;
        this.transactions = transactions;
    }

    public Opening place(NewOrder request, @Nullable IdempotencyKey key) {
        var claim = claim(request, key);
        var order = claim.order();
        if (!claim.created()) {
            if (!order.status().isFinal()) throw OrderProblems.stillBeingPlaced(order.id());
            return claim;
        }
        try {
            services.inventory()
                    .post(
                            "/api/reservations",
                            new ReservationRequest(order.id(), order.orderLines()),
                            Reservation.class);
            var reservedAt = Instant.now();
            var quote = services.pricing()
                    .post("/api/quotes", new QuoteRequest(order.userId(), order.orderLines()), Quote.class);
            var pricedAt = Instant.now();
            var payment = services.payment()
                    .post(
                            "/api/payments",
                            new ChargeRequest(order.id(), quote.total(), quote.currency()),
                            Payment.class);
            return new Opening(
                    lifecycle.completeSync(order, reservedAt, quote, pricedAt, payment, Instant.now()), true);
        } catch (DependencyException failure) {
            throw abandon(order, failure);
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
        var released = !stockMayBeHeld || release.release(order.id());
        var chargeMayExist = failure.dependency().equals(ShopServices.PAYMENT) && failure.mayHaveActed();
        var reason = Objects.requireNonNull(failure.getMessage());
        var outcome = released && !chargeMayExist ? OrderStatus.REJECTED : OrderStatus.CANCELLED;
        log.info("synchronous order {} {}: {}", order.id(), outcome, reason);
        if (outcome == OrderStatus.REJECTED) {
            lifecycle.rejectSync(order.id(), reason);
        } else {
            lifecycle.cancelSync(order.id(), reason);
        }
        return CheckoutProblems.of(failure, order.id(), outcome);
    }
}
