package dev.agora.shop.query.readmodel;

import dev.agora.messaging.HardFailException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** All projections behind one entry point, used alike by live events and by the replay of the journal. */
@Component
class ReadModel {

    private final List<Projection> projections;
    private final Map<String, List<Subscription<?>>> subscriptions = new HashMap<>();
    private final JsonMapper json;

    ReadModel(List<Projection> projections, JsonMapper json) {
        this.projections = List.copyOf(projections);
        this.json = json;
        projections.forEach(projection -> projection
                .subscriptions()
                .forEach(subscription -> subscriptions
                        .computeIfAbsent(subscription.routingKey(), key -> new ArrayList<>())
                        .add(subscription)));
    }

    /** Applies one event to every projection following its routing key; other keys are ignored. */
    void apply(String routingKey, Instant createdAt, JsonNode data) {
        for (var subscription : subscriptions.getOrDefault(routingKey, List.of())) {
            subscription.apply(read(data, subscription.type(), routingKey), createdAt);
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

    private Object read(JsonNode data, Class<?> type, String routingKey) {
        try {
            return json.treeToValue(data, type);
        } catch (JacksonException unreadable) {
            throw new HardFailException(
                    routingKey + " data cannot be read as " + type.getSimpleName() + ": "
                            + unreadable.getOriginalMessage(),
                    unreadable);
        }
    }
}
