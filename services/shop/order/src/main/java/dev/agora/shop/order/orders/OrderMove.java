package dev.agora.shop.order.orders;

import dev.agora.shop.contracts.api.Quote;
import java.time.Instant;
import java.util.UUID;

/**
 * What may move an order: the answers of inventory, pricing and payment to an asynchronous order, its payment
 * deadline, and the end of a synchronous order's HTTP calls. {@link OrderTransitions} says what each does.
 */
sealed interface OrderMove {

    record ReserveStock() implements OrderMove {}

    record Price(Quote quote) implements OrderMove {}

    record Pay(UUID paymentId) implements OrderMove {}

    /** Inventory, pricing or payment refused an asynchronous order. */
    record Cancel(String reason) implements OrderMove {}

    /** The payment deadline passed. */
    record Expire(String reason) implements OrderMove {}

    /** A synchronous order's three calls succeeded, at these moments (the payment's is the transition's). */
    record CompleteSync(Instant reservedAt, Quote quote, Instant pricedAt, UUID paymentId) implements OrderMove {}

    /** A synchronous order failed and left nothing behind. */
    record RejectSync(String reason) implements OrderMove {}

    /** A synchronous order failed and may have left stock reserved or a charge made. */
    record CancelSync(String reason) implements OrderMove {}
}
