package dev.agora.shop.order.saga;

import dev.agora.messaging.HardFailException;
import dev.agora.shop.order.orders.OrderLifecycle.Outcome;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the messaging layer does with an event once the order has taken it (or not). */
final class SagaOutcomes {

    private static final Logger log = LoggerFactory.getLogger(SagaOutcomes.class);

    private SagaOutcomes() {}

    static void settle(Outcome outcome, String event, UUID orderId) {
        switch (outcome) {
            case APPLIED -> log.debug("{} moved order {}", event, orderId);
            case IGNORED -> log.debug("{} ignored: order {} is past it or not driven by events", event, orderId);
            // every order is stored before anyone hears of it: an unknown one is bad data, parked for an operator
            case UNKNOWN_ORDER -> throw new HardFailException(event + " names order " + orderId + ", unknown here");
        }
    }
}
