package dev.agora.portal.ops.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One service's part of the broker: its own exchanges and queues (named after it by the conventions), the
 * shared exchanges that feed them or that they feed, and every binding and dead-letter path between those.
 */
record TopologyGraph(String service, List<Node> nodes, List<Edge> edges) {

    enum Kind {
        EXCHANGE,
        QUEUE
    }

    /**
     * @param type topic, fanout… for an exchange; quorum or classic for a queue
     * @param messages queue depth (0 for an exchange)
     */
    record Node(
            String name,
            Kind kind,
            String type,
            long messages,
            long unacknowledged,
            int consumers,
            double rateIn,
            double rateOut,
            @Nullable Long ttlMillis) {}

    /** @param keys the binding keys, sorted; empty for a dead-letter path */
    record Edge(String from, String to, List<String> keys, boolean deadLetter) {}

    static TopologyGraph of(String service, BrokerState state) {
        var exchanges = new LinkedHashMap<String, BrokerState.Exchange>();
        state.exchanges().forEach(exchange -> exchanges.put(exchange.name(), exchange));
        var queues = new LinkedHashMap<String, BrokerState.Queue>();
        state.queues().forEach(queue -> queues.put(queue.name(), queue));

        var keysByEdge = new LinkedHashMap<List<String>, Set<String>>();
        var names = new LinkedHashSet<String>();
        var bindings = state.bindings().stream()
                .filter(binding -> !binding.fromDefaultExchange())
                .toList();
        for (var binding : bindings) {
            if (ownedBy(service, binding.source()) || ownedBy(service, binding.destination())) {
                link(keysByEdge, names, binding);
            }
        }
        // exchange-to-exchange bindings among what is drawn: the event exchange's own way into the log
        for (var binding : bindings) {
            if (!binding.toQueue() && names.contains(binding.source()) && names.contains(binding.destination())) {
                link(keysByEdge, names, binding);
            }
        }
        queues.values().stream()
                .filter(queue -> ownedBy(service, queue.name()))
                .forEach(queue -> names.add(queue.name()));

        var edges = new ArrayList<Edge>();
        keysByEdge.forEach((ends, keys) -> edges.add(new Edge(ends.get(0), ends.get(1), List.copyOf(keys), false)));
        for (var name : List.copyOf(names)) {
            var queue = queues.get(name);
            var target = queue == null ? null : deadLetterTarget(queue, exchanges, queues);
            if (target != null) {
                names.add(target);
                edges.add(new Edge(name, target, List.of(), true));
            }
        }
        var nodes = names.stream()
                .map(name -> node(name, exchanges, queues))
                .filter(node -> node != null)
                .toList();
        return new TopologyGraph(service, nodes, edges);
    }

    /**
     * Where a queue's dead letters go: its dead-letter exchange, or through the default exchange (empty name) straight
     * to the queue its dead-letter routing key names; null if nowhere the broker knows.
     */
    private static @Nullable String deadLetterTarget(
            BrokerState.Queue queue,
            Map<String, BrokerState.Exchange> exchanges,
            Map<String, BrokerState.Queue> queues) {
        var exchange = queue.deadLetterExchange();
        if (exchange == null) return null;
        if (exchange.isEmpty()) {
            var key = queue.deadLetterRoutingKey();
            return key != null && queues.containsKey(key) ? key : null;
        }
        return exchanges.containsKey(exchange) ? exchange : null;
    }

    /** The service names the broker knows: every {@code S_job_q} is one service's work queue. */
    static List<String> services(BrokerState state) {
        var services = new TreeSet<String>();
        state.queues().stream()
                .map(BrokerState.Queue::name)
                .filter(name -> name.endsWith("_job_q"))
                .forEach(name -> services.add(name.substring(0, name.length() - "_job_q".length())));
        return List.copyOf(services);
    }

    static boolean ownedBy(String service, String name) {
        return name.equals("request." + service) || name.equals("reply." + service) || name.startsWith(service + "_");
    }

    private static void link(
            Map<List<String>, Set<String>> keysByEdge, Set<String> names, BrokerState.Binding binding) {
        names.add(binding.source());
        names.add(binding.destination());
        keysByEdge
                .computeIfAbsent(List.of(binding.source(), binding.destination()), ends -> new TreeSet<>())
                .add(binding.routingKey());
    }

    private static @Nullable Node node(
            String name, Map<String, BrokerState.Exchange> exchanges, Map<String, BrokerState.Queue> queues) {
        var queue = queues.get(name);
        if (queue != null) {
            return new Node(
                    name,
                    Kind.QUEUE,
                    queue.type(),
                    queue.messages(),
                    queue.unacknowledged(),
                    queue.consumers(),
                    queue.rateIn(),
                    queue.rateOut(),
                    queue.ttlMillis());
        }
        var exchange = exchanges.get(name);
        return exchange == null
                ? null
                : new Node(name, Kind.EXCHANGE, exchange.type(), 0, 0, 0, exchange.rateIn(), 0, null);
    }
}
