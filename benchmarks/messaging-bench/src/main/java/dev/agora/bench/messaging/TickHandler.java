package dev.agora.bench.messaging;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.EventHandler;
import tools.jackson.databind.json.JsonMapper;

/** The Agora side's subscriber: hands each tick to {@link Deliveries} and notes the envelope's size once. */
public class TickHandler {

    static final String EVENT = "bench.tick";

    private final JsonMapper json;
    private final Deliveries deliveries = new Deliveries();
    private volatile int bodyBytes = -1;

    TickHandler(JsonMapper json) {
        this.json = json;
    }

    @EventHandler(EVENT)
    public void on(Tick tick, Envelope envelope) {
        deliveries.accept(tick);
        if (bodyBytes < 0 && tick.sentNanos() >= 0) {
            // the same mapper and envelope the publisher encoded: the body as it went over the wire
            bodyBytes = json.writeValueAsBytes(envelope).length;
        }
    }

    Deliveries deliveries() {
        return deliveries;
    }

    /** JSON size of the first measured message's envelope, or -1 before it arrived. */
    int bodyBytes() {
        return bodyBytes;
    }
}
