package dev.agora.portal.ops.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.portal.ops.topology.BrokerState.Binding;
import dev.agora.portal.ops.topology.BrokerState.Exchange;
import dev.agora.portal.ops.topology.BrokerState.Queue;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyGraphTest {

    static final BrokerState BROKER = new BrokerState(
            List.of(
                    new Exchange("", "direct", 0),
                    new Exchange("agoram_event_exchange", "topic", 12.5),
                    new Exchange("log", "topic", 20),
                    new Exchange("request.order", "topic", 0),
                    new Exchange("reply.order", "topic", 0),
                    new Exchange("order_delayed_in_x", "topic", 0),
                    new Exchange("order_delayed_out_x", "fanout", 0),
                    new Exchange("request.payment", "topic", 0)),
            List.of(
                    new Queue("order_job_q", "quorum", 3, 1, 1, 4.0, 3.5, "", "order_parked_q", null),
                    queue("order_parked_q", null, null),
                    queue("order_payment-created_deferred_q", "order_delayed_out_x", 1000L),
                    queue("payment_job_q", null, null),
                    queue("logger_log_q", null, null)),
            List.of(
                    new Binding("", "order_job_q", true, "order_job_q"),
                    new Binding("agoram_event_exchange", "order_job_q", true, "payment.created"),
                    new Binding("agoram_event_exchange", "order_job_q", true, "stock.reserved"),
                    new Binding("agoram_event_exchange", "payment_job_q", true, "order.priced"),
                    new Binding("agoram_event_exchange", "log", false, "#"),
                    new Binding("request.order", "order_job_q", true, "request.order.#"),
                    new Binding("request.order", "log", false, "#"),
                    new Binding("request.payment", "payment_job_q", true, "request.payment.#"),
                    new Binding("order_delayed_in_x", "order_payment-created_deferred_q", true, "payment.created"),
                    new Binding("order_delayed_out_x", "order_job_q", true, ""),
                    new Binding("log", "logger_log_q", true, "#")));

    @Test
    void aServicesPictureHasItsOwnExchangesAndQueuesAndTheSharedExchangesThatFeedThem() {
        var graph = TopologyGraph.of("order", BROKER);

        assertThat(graph.nodes())
                .extracting(TopologyGraph.Node::name)
                .containsExactlyInAnyOrder(
                        "agoram_event_exchange",
                        "log",
                        "request.order",
                        "order_job_q",
                        "order_parked_q",
                        "order_payment-created_deferred_q",
                        "order_delayed_in_x",
                        "order_delayed_out_x");
    }

    @Test
    void bindingsBetweenTheSameTwoEndsBecomeOneEdgeWithAllTheirKeys() {
        var graph = TopologyGraph.of("order", BROKER);

        assertThat(graph.edges())
                .filteredOn(edge ->
                        edge.from().equals("agoram_event_exchange") && edge.to().equals("order_job_q"))
                .singleElement()
                .satisfies(edge -> assertThat(edge.keys()).containsExactly("payment.created", "stock.reserved"));
        assertThat(graph.edges()).noneMatch(edge -> edge.to().equals("payment_job_q"));
        assertThat(graph.edges()).noneMatch(edge -> edge.from().isEmpty());
    }

    @Test
    void aDeferredQueueDeadLettersIntoTheDelayedExit() {
        var graph = TopologyGraph.of("order", BROKER);

        assertThat(graph.edges())
                .filteredOn(edge -> edge.deadLetter() && edge.from().equals("order_payment-created_deferred_q"))
                .singleElement()
                .satisfies(edge -> assertThat(edge.to()).isEqualTo("order_delayed_out_x"));
    }

    @Test
    void theWorkQueueDeadLettersThroughTheDefaultExchangeStraightIntoTheParkingQueue() {
        var graph = TopologyGraph.of("order", BROKER);

        assertThat(graph.edges())
                .filteredOn(edge -> edge.deadLetter() && edge.from().equals("order_job_q"))
                .singleElement()
                .satisfies(edge -> assertThat(edge.to()).isEqualTo("order_parked_q"));
        assertThat(graph.nodes()).extracting(TopologyGraph.Node::name).doesNotContain("");
    }

    @Test
    void theServicesAreThoseWithAWorkQueue() {
        assertThat(TopologyGraph.services(BROKER)).containsExactly("order", "payment");
    }

    @Test
    void queueDepthsAndRatesComeWithTheNodes() {
        var graph = TopologyGraph.of("order", BROKER);

        assertThat(graph.nodes())
                .filteredOn(node -> node.name().equals("order_job_q"))
                .singleElement()
                .satisfies(node -> {
                    assertThat(node.kind()).isEqualTo(TopologyGraph.Kind.QUEUE);
                    assertThat(node.messages()).isEqualTo(3);
                    assertThat(node.rateIn()).isEqualTo(4.0);
                });
    }

    private static Queue queue(String name, String deadLetterExchange, Long ttl) {
        return new Queue(name, "quorum", 3, 1, 1, 4.0, 3.5, deadLetterExchange, null, ttl);
    }
}
