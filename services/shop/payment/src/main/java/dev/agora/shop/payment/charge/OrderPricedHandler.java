package dev.agora.shop.payment.charge;

import dev.agora.messaging.EventHandler;
import dev.agora.messaging.HardFailException;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.events.OrderPriced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The saga's payment step. The handler's transaction only claims the charge; the provider is asked after it
 * commits ({@link ProviderCalls}), and the outcome is PaymentCreated or PaymentFailed.
 *
 * <p>A provider <em>error</em> ends in PaymentFailed too, like a decline, rather than a retry: nothing was
 * taken, the order is cancelled and its stock released at once, where retrying would hold both until the
 * provider recovers or the order expires. The customer can simply order again.
 */
@Component
class OrderPricedHandler {

    private static final Logger log = LoggerFactory.getLogger(OrderPricedHandler.class);

    private final PaymentLifecycle lifecycle;
    private final ProviderCalls calls;

    OrderPricedHandler(PaymentLifecycle lifecycle, ProviderCalls calls) {
        this.lifecycle = lifecycle;
        this.calls = calls;
    }

    @EventHandler
    void charge(OrderPriced priced) {
        if (priced.total().signum() <= 0) {
            throw new HardFailException(
                    "order " + priced.orderId() + " is priced at " + priced.total() + ": there is nothing to charge");
        }
        switch (lifecycle.claim(priced.orderId(), priced.total(), priced.currency(), OrderMode.ASYNC)) {
            case PaymentLifecycle.Claim.Started(var claimed) -> calls.chargeInBackground(claimed);
            case PaymentLifecycle.Claim.Existing(var payment) ->
                log.info("order {} is charged already ({}); not charged again", priced.orderId(), payment.status());
            case PaymentLifecycle.Claim.OrderClosed() ->
                log.info("order {} was cancelled or has expired before its charge; not charged", priced.orderId());
        }
    }
}
