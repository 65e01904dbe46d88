package dev.agora.shop.query.readmodel;

import dev.agora.messaging.EventData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * All projections behind one entry point, used alike by live events and by the replay of the journal. Data is read
 * and validated as a handler's would be, so an event missing a required field is parked naming it.
 */
@Component
class ReadModel {

    private final List<Projection> projections;
    private final Map<String, List<Subscription<?>>> subscriptions = new HashMap<>();
    private final EventData eventData;

    ReadModel(List<Projection> projections, EventData eventData) {
        this.projections = List.copyOf(projections);
        this.eventData = eventData;
        projections.forEach(projection -> projection
                .subscriptions()
                .forEach(subscription -> subscriptions
                        .computeIfAbsent(subscription.routingKey(), key -> new ArrayList<>())
                        .add(subscription)));
    }

    /** Applies one event to every projection following its routing key; other keys are ignored. */
    void apply(String routingKey, Instant createdAt, JsonNode data) {
        for (var subscription : subscriptions.getOrDefault(routingKey, List.of())) {
            subscription.apply(eventData.read(routingKey, data, subscription.type()), createdAt);
        }
    }

    void clear() {
        projections.forEach(Projection::clear);
    }

    Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        projections.forEach(projection -> counts.put(projection.name(), projection.count()));
        return counts;
    }
}
