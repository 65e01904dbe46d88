package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.messaging.IntegrationEvent;
import org.junit.jupiter.api.Test;

class EventNamesTest {

    record OrderCreated(String id) {}

    record HTTPRequestReceived(String id) {}

    @IntegrationEvent("inventory.updated")
    record StockChanged(String productId, int quantity) {}

    @Test
    void derivesTheRoutingKeyFromThePastTenseClassName() {
        assertThat(EventNames.of(OrderCreated.class)).isEqualTo("order.created");
        assertThat(EventNames.of(HTTPRequestReceived.class)).isEqualTo("http.request.received");
    }

    @Test
    void usesTheNameGivenOnTheAnnotation() {
        assertThat(EventNames.of(StockChanged.class)).isEqualTo("inventory.updated");
    }
}
