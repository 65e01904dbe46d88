package dev.agora.messaging.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TopologyTest {

    private final Topology topology = new Topology("order", "agoram_event_exchange", "log");

    @Test
    void namesTheServicesExchangesAndQueuesAsTheConventionsSay() {
        assertThat(topology.requestExchange()).isEqualTo("request.order");
        assertThat(topology.replyExchange()).isEqualTo("reply.order");
        assertThat(topology.jobQueue()).isEqualTo("order_job_q");
        assertThat(topology.delayedIn()).isEqualTo("order_delayed_in_x");
        assertThat(topology.delayedOut()).isEqualTo("order_delayed_out_x");
        assertThat(topology.parkedQueue()).isEqualTo("order_parked_q");
    }

    @Test
    void namesADeferredQueueAfterTheRoutingKeyAndDelayWithDotsAsDashes() {
        assertThat(topology.deferredQueue("request.order.action1", Duration.ofSeconds(30)))
                .isEqualTo("order_request-order-action1-30s_deferred_q");
        assertThat(Topology.deferredKey("order.created", Duration.ofMinutes(5))).isEqualTo("order.created.5m");
    }

    @Test
    void labelsDelaysInTheLargestWholeUnit() {
        assertThat(Topology.delayLabel(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(Topology.delayLabel(Duration.ofSeconds(1))).isEqualTo("1s");
        assertThat(Topology.delayLabel(Duration.ofMinutes(30))).isEqualTo("30m");
        assertThat(Topology.delayLabel(Duration.ofHours(2))).isEqualTo("2h");
    }

    @Test
    void buildsRequestAndReplyKeys() {
        assertThat(Topology.requestKey("inventory", "reserve")).isEqualTo("request.inventory.reserve");
        assertThat(Topology.replyKey("inventory", "reserve", "ab12cd34")).isEqualTo("reply.inventory.reserve.ab12cd34");
    }

    @Test
    void refusesServiceNamesThatWouldBreakTheNames() {
        assertThatThrownBy(() -> new Topology("Order Service", "e", "log"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("agora.messaging.service");
        assertThatThrownBy(() -> Topology.requestKey("inventory", "Reserve Now"))
                .hasMessageContaining("lowercase words joined by dots");
    }
}
