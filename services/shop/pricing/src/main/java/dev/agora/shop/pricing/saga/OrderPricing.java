package dev.agora.shop.pricing.saga;

import dev.agora.messaging.EventHandler;
import dev.agora.messaging.SoftFailException;
import dev.agora.shop.contracts.events.OrderPriced;
import dev.agora.shop.contracts.events.OrderPricingFailed;
import dev.agora.shop.contracts.events.StockReserved;
import dev.agora.shop.pricing.copies.Copies;
import dev.agora.shop.pricing.quote.QuoteRefusedException;
import dev.agora.shop.pricing.quote.QuoteRefusedException.Reason;
import dev.agora.shop.pricing.quote.Quoting;
import dev.agora.shop.pricing.saga.PricedOrderRepository.Outcome;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Prices an order once its stock is reserved. Events arrive in any order: while the order's, its user's or a
 * product's copy is missing, the delivery soft-fails and the messaging layer brings it back later. Each order
 * gets one outcome, however often stock.reserved is delivered.
 */
@Component
class OrderPricing {

    private static final Logger log = LoggerFactory.getLogger(OrderPricing.class);

    private final Copies copies;
    private final Quoting quoting;
    private final PricedOrderRepository pricedOrders;
    private final ApplicationEventPublisher events;

    OrderPricing(Copies copies, Quoting quoting, PricedOrderRepository pricedOrders, ApplicationEventPublisher events) {
        this.copies = copies;
        this.quoting = quoting;
        this.pricedOrders = pricedOrders;
        this.events = events;
    }

    /** Runs in the messaging layer's transaction, so the outcome and its event are committed together. */
    @EventHandler
    void price(StockReserved reserved) {
        var orderId = reserved.orderId();
        var userId = copies.buyerOf(orderId)
                .orElseThrow(() -> new SoftFailException("order.created of order " + orderId + " has not arrived yet"));
        try {
            var quote = quoting.quote(userId, reserved.lines());
            recordOnce(
                    orderId,
                    Outcome.PRICED,
                    new OrderPriced(
                            orderId,
                            userId,
                            quote.lines(),
                            quote.subtotal(),
                            quote.tax(),
                            quote.total(),
                            quote.currency()));
        } catch (QuoteRefusedException refused) {
            if (refused.reason() != Reason.NO_PRICE) {
                throw new SoftFailException(refused.getMessage(), refused);
            }
            recordOnce(orderId, Outcome.FAILED, new OrderPricingFailed(orderId, refused.getMessage()));
        }
    }

    private void recordOnce(UUID orderId, Outcome outcome, Object event) {
        if (!pricedOrders.record(orderId, outcome)) {
            log.debug("order {} already has a pricing outcome; stock.reserved delivered again is ignored", orderId);
            return;
        }
        log.debug("order {}: {}", orderId, outcome);
        events.publishEvent(event);
    }
}
