package dev.agora.shop.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.messaging.EventData;
import dev.agora.messaging.HardFailException;
import dev.agora.shop.contracts.events.OrderExpired;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReadModelTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final JsonMapper json = JsonMapper.builder().build();
    private final RecordingProjection expiries = new RecordingProjection("order.expired");
    private final RecordingProjection alsoExpiries = new RecordingProjection("order.expired");
    private final EventData eventData = new EventData() {
        @Override
        public <T> T read(String routingKey, JsonNode data, Class<T> type) {
            if (!data.has("orderId")) throw new HardFailException(routingKey + " data misses orderId");
            return json.treeToValue(data, type);
        }
    };
    private final ReadModel readModel = new ReadModel(List.of(expiries, alsoExpiries), eventData);

    @Test
    void eventIsReadIntoItsTypeAndAppliedWithItsCreationTimeToEveryProjectionFollowingIt() {
        readModel.apply("order.expired", AT, json.valueToTree(new OrderExpired(ORDER)));

        assertThat(expiries.applied).containsExactly(new OrderExpired(ORDER) + "@" + AT);
        assertThat(alsoExpiries.applied).containsExactly(new OrderExpired(ORDER) + "@" + AT);
    }

    @Test
    void eventNoProjectionFollowsIsIgnored() {
        readModel.apply("order.shipped", AT, json.readTree("{\"orderId\": \"x\"}"));

        assertThat(expiries.applied).isEmpty();
    }

    @Test
    void dataTheMessagingLayerRefusesReachesNoProjection() {
        assertThatThrownBy(() -> readModel.apply("order.expired", AT, json.readTree("{}")))
                .isInstanceOf(HardFailException.class)
                .hasMessage("order.expired data misses orderId");
        assertThat(expiries.applied).isEmpty();
    }

    @Test
    void clearAndCountsReachEveryProjection() {
        readModel.clear();

        assertThat(expiries.cleared).isTrue();
        assertThat(readModel.counts()).containsEntry("order.expired", 0L);
    }

    private static final class RecordingProjection implements Projection {

        private final String routingKey;
        private final List<String> applied = new ArrayList<>();
        private boolean cleared;

        RecordingProjection(String routingKey) {
            this.routingKey = routingKey;
        }

        @Override
        public List<Subscription<?>> subscriptions() {
            return List.of(
                    Subscription.on(routingKey, OrderExpired.class, (event, at) -> applied.add(event + "@" + at)));
        }

        @Override
        public String name() {
            return routingKey;
        }

        @Override
        public void clear() {
            cleared = true;
        }

        @Override
        public long count() {
            return applied.size();
        }
    }
}
