package dev.agora.portal.ops.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologyLayoutTest {

    @Test
    void theWorkQueueSitsNextToTheExchangesThatFeedItAndTheRetryPathRunsRightOfIt() {
        Map<String, Integer> columns = TopologyLayout.columns(TopologyGraph.of("order", TopologyGraphTest.BROKER));

        assertThat(columns.get("agoram_event_exchange")).isZero();
        assertThat(columns.get("order_delayed_in_x")).isZero();
        assertThat(columns.get("order_job_q")).isEqualTo(1);
        assertThat(columns.get("order_payment-created_deferred_q")).isEqualTo(1);
        assertThat(columns.get("order_delayed_out_x")).isEqualTo(2);
    }

    @Test
    void theRetryExitsWayBackToTheWorkQueueIsDrawnAsAnArc() {
        var picture = TopologyLayout.place(TopologyGraph.of("order", TopologyGraphTest.BROKER));

        assertThat(picture.edges())
                .filteredOn(TopologyLayout.PlacedEdge::backwards)
                .singleElement()
                .satisfies(placed -> {
                    assertThat(placed.edge().from()).isEqualTo("order_delayed_out_x");
                    assertThat(placed.edge().to()).isEqualTo("order_job_q");
                });
    }

    @Test
    void aQueueNothingIsBoundToIsPlacedInTheLastColumn() {
        Map<String, Integer> columns = TopologyLayout.columns(TopologyGraph.of("order", TopologyGraphTest.BROKER));

        assertThat(columns.get("order_parked_q"))
                .isEqualTo(columns.values().stream().max(Integer::compare).orElseThrow());
    }

    @Test
    void everyEdgeIsDrawnBetweenPlacedBoxesAndThePictureHoldsThemAll() {
        var picture = TopologyLayout.place(TopologyGraph.of("order", TopologyGraphTest.BROKER));

        assertThat(picture.edges())
                .hasSize(TopologyGraph.of("order", TopologyGraphTest.BROKER)
                        .edges()
                        .size());
        assertThat(picture.nodes()).allSatisfy(node -> {
            assertThat(node.x() + TopologyLayout.NODE_WIDTH).isLessThanOrEqualTo(picture.width());
            assertThat(node.y() + TopologyLayout.NODE_HEIGHT).isLessThanOrEqualTo(picture.height());
        });
        assertThat(picture.nodes())
                .extracting(node -> node.x() + "," + node.y())
                .doesNotHaveDuplicates();
    }

    @Test
    void aLoopIsBrokenRatherThanLoopingForever() {
        var loop = new TopologyGraph(
                "s",
                java.util.List.of(
                        new TopologyGraph.Node("a", TopologyGraph.Kind.EXCHANGE, "topic", 0, 0, 0, 0, 0, null),
                        new TopologyGraph.Node("b", TopologyGraph.Kind.QUEUE, "classic", 0, 0, 0, 0, 0, null)),
                java.util.List.of(
                        new TopologyGraph.Edge("a", "b", java.util.List.of("#"), false),
                        new TopologyGraph.Edge("b", "a", java.util.List.of("#"), false)));

        var picture = TopologyLayout.place(loop);

        assertThat(TopologyLayout.columns(loop)).containsEntry("a", 0).containsEntry("b", 1);
        assertThat(picture.edges())
                .filteredOn(TopologyLayout.PlacedEdge::backwards)
                .hasSize(1);
    }
}
