package dev.agora.shop.query.readmodel;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The only way events come in: journal first, then the projections, in the handler's transaction, so the
 * journal holds exactly what the model was built from.
 */
@Component
class EventIntake {

    private final Journal journal;
    private final ReadModel readModel;

    EventIntake(Journal journal, ReadModel readModel) {
        this.journal = journal;
        this.readModel = readModel;
    }

    /** Every routing key a projection follows (a test holds this list to the projections' subscriptions). */
    @EventHandler({
        "user.created",
        "user.updated",
        "product.created",
        "product.updated",
        "price.changed",
        "inventory.updated",
        "order.created",
        "order.priced",
        "order.pricing.failed",
        "order.confirmed",
        "order.cancelled",
        "order.expired",
        "stock.rejected",
        "payment.created",
        "payment.failed",
        "payment.refunded"
    })
    void consume(Envelope event) {
        if (journal.append(event)) {
            readModel.apply(event.name(), event.creationTime(), event.data());
        }
    }
}
