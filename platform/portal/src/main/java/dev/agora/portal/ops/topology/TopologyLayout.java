package dev.agora.portal.ops.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places a graph in columns so that messages flow left to right: a node sits one column right of the furthest
 * node that feeds it. What leaves through a dead-letter path (the retry exit returning to the work queue) does not
 * push the work queue to the right: the work queue stays next to the exchanges that feed it, and the way back is
 * drawn as an arc above the boxes.
 */
final class TopologyLayout {

    static final int NODE_WIDTH = 230;
    static final int NODE_HEIGHT = 58;
    private static final int COLUMN_GAP = 150;
    private static final int ROW_GAP = 28;
    private static final int MARGIN = 24;
    private static final int LABEL_ROOM = 40;

    record PlacedNode(TopologyGraph.Node node, int x, int y) {}

    /** @param path SVG path data; label at (labelX, labelY) */
    record PlacedEdge(TopologyGraph.Edge edge, String path, int labelX, int labelY, boolean backwards) {}

    record Picture(List<PlacedNode> nodes, List<PlacedEdge> edges, int width, int height) {}

    private TopologyLayout() {}

    static Picture place(TopologyGraph graph) {
        Map<String, Integer> columns = columns(graph);
        var rowsUsed = new HashMap<Integer, Integer>();
        var placed = new HashMap<String, PlacedNode>();
        var nodes = new ArrayList<PlacedNode>();
        graph.nodes().stream()
                .sorted(Comparator.comparing((TopologyGraph.Node node) -> columns.get(node.name()))
                        // the work queue on top and the parking queue at the bottom, where the eye looks for them
                        .thenComparing(node ->
                                node.name().endsWith("_job_q") ? 0 : node.name().endsWith("_parked_q") ? 2 : 1)
                        .thenComparing(node -> node.kind() == TopologyGraph.Kind.EXCHANGE)
                        .thenComparing(TopologyGraph.Node::name))
                .forEach(node -> {
                    int column = columns.get(node.name());
                    int row = rowsUsed.merge(column, 1, Integer::sum) - 1;
                    var at = new PlacedNode(
                            node,
                            MARGIN + column * (NODE_WIDTH + COLUMN_GAP),
                            MARGIN + LABEL_ROOM + row * (NODE_HEIGHT + ROW_GAP));
                    placed.put(node.name(), at);
                    nodes.add(at);
                });
        int width = nodes.stream().mapToInt(n -> n.x() + NODE_WIDTH).max().orElse(0) + MARGIN;
        int height = nodes.stream().mapToInt(n -> n.y() + NODE_HEIGHT).max().orElse(0) + MARGIN + LABEL_ROOM * 2;
        var edges = graph.edges().stream()
                .filter(edge -> placed.containsKey(edge.from()) && placed.containsKey(edge.to()))
                .map(edge -> route(edge, placed.get(edge.from()), placed.get(edge.to())))
                .toList();
        return new Picture(nodes, edges, width, height);
    }

    private static PlacedEdge route(TopologyGraph.Edge edge, PlacedNode from, PlacedNode to) {
        if (to.x() > from.x()) {
            int x1 = from.x() + NODE_WIDTH, y1 = from.y() + NODE_HEIGHT / 2;
            int x2 = to.x(), y2 = to.y() + NODE_HEIGHT / 2;
            int bend = (x2 - x1) / 2;
            // labels near the source end: edges from different boxes then never put them on top of each other
            return new PlacedEdge(
                    edge,
                    "M %d %d C %d %d, %d %d, %d %d".formatted(x1, y1, x1 + bend, y1, x2 - bend, y2, x2, y2),
                    x1 + 8,
                    (int) Math.round(0.896 * y1 + 0.104 * y2) - 5,
                    false);
        }
        int x1 = from.x() + NODE_WIDTH / 2, y1 = from.y();
        int x2 = to.x() + NODE_WIDTH / 2, y2 = to.y();
        int apex = Math.max(4, Math.min(y1, y2) - LABEL_ROOM - 10);
        return new PlacedEdge(
                edge,
                "M %d %d C %d %d, %d %d, %d %d".formatted(x1, y1, x1, apex, x2, apex, x2, y2),
                (x1 + x2) / 2 - 30,
                (y1 + y2 + 6 * apex) / 8 + 12,
                true);
    }

    /** Longest path from the sources, over the edges that close no loop and do not leave a dead-letter exit. */
    static Map<String, Integer> columns(TopologyGraph graph) {
        var deadLetterExits = new HashSet<String>();
        graph.edges().stream().filter(TopologyGraph.Edge::deadLetter).forEach(edge -> deadLetterExits.add(edge.to()));
        var outgoing = new HashMap<String, List<String>>();
        graph.edges().stream()
                .filter(edge -> !deadLetterExits.contains(edge.from()))
                .forEach(edge -> outgoing.computeIfAbsent(edge.from(), n -> new ArrayList<>())
                        .add(edge.to()));
        var order = new ArrayList<String>();
        var done = new HashSet<String>();
        var loopEdges = new HashSet<List<String>>();
        graph.nodes().forEach(node -> visit(node.name(), outgoing, new HashSet<>(), done, order, loopEdges));
        var columns = new HashMap<String, Integer>();
        graph.nodes().forEach(node -> columns.put(node.name(), 0));
        for (int i = order.size() - 1; i >= 0; i--) {
            var name = order.get(i);
            for (var next : outgoing.getOrDefault(name, List.of())) {
                if (!loopEdges.contains(List.of(name, next)) && columns.containsKey(next)) {
                    columns.merge(next, columns.get(name) + 1, Math::max);
                }
            }
        }
        // a queue nothing is bound to (the parking queue) belongs with the queues, at the end of the flow
        int last = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        var linked = new HashSet<String>();
        graph.edges().forEach(edge -> {
            linked.add(edge.from());
            linked.add(edge.to());
        });
        graph.nodes().stream()
                .filter(node -> !linked.contains(node.name()))
                .forEach(node -> columns.put(node.name(), last));
        return columns;
    }

    /** Depth-first; {@code order} ends up in reverse topological order of the edges that close no loop. */
    private static void visit(
            String name,
            Map<String, List<String>> outgoing,
            Set<String> onPath,
            Set<String> done,
            List<String> order,
            Set<List<String>> loopEdges) {
        if (done.contains(name)) return;
        onPath.add(name);
        for (var next : outgoing.getOrDefault(name, List.of())) {
            if (onPath.contains(next)) {
                loopEdges.add(List.of(name, next));
            } else {
                visit(next, outgoing, onPath, done, order, loopEdges);
            }
        }
        onPath.remove(name);
        done.add(name);
        order.add(name);
    }
}
