package dev.agora.bench.orders;

import dev.agora.messaging.test.TestServers;
import dev.agora.shop.contracts.api.OrderStatus;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.listener.DirectMessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * When each order reached its end, learnt from the shop's own events ({@code order.confirmed},
 * {@code order.cancelled}, {@code order.expired}) on a queue of the benchmark's: no polling of the order service.
 */
final class OrderOutcomes implements AutoCloseable {

    record Outcome(OrderStatus status, long atNanos) {}

    private static final Map<String, OrderStatus> STATUS_BY_EVENT = Map.of(
            "order.confirmed", OrderStatus.CONFIRMED,
            "order.cancelled", OrderStatus.CANCELLED,
            "order.expired", OrderStatus.EXPIRED);

    private final Map<UUID, Outcome> outcomes = new ConcurrentHashMap<>();
    private final CachingConnectionFactory connections;
    private final DirectMessageListenerContainer container;
    private final JsonMapper json = JsonMapper.builder().build();

    OrderOutcomes(String vhost) {
        connections = new CachingConnectionFactory(TestServers.rabbitHost(), TestServers.rabbitPort());
        connections.setUsername(TestServers.rabbitUser());
        connections.setPassword(TestServers.rabbitPassword());
        connections.setVirtualHost(vhost);
        var admin = new RabbitAdmin(connections);
        // exclusive and auto-deleted; AnonymousQueue's leader-locator argument is refused by RabbitMQ 3.10
        var queue = new Queue("orders_bench_outcomes_q", false, true, true);
        admin.declareQueue(queue);
        var events = new TopicExchange("agoram_event_exchange");
        STATUS_BY_EVENT
                .keySet()
                .forEach(key -> admin.declareBinding(
                        BindingBuilder.bind(queue).to(events).with(key)));
        container = new DirectMessageListenerContainer(connections);
        container.setQueueNames(queue.getName());
        container.setPrefetchCount(500);
        container.setMessageListener(message -> {
            long now = System.nanoTime();
            var envelope = json.readTree(message.getBody());
            var status = STATUS_BY_EVENT.get(envelope.get("event_name").asString());
            var orderId = UUID.fromString(envelope.get("data").get("orderId").asString());
            outcomes.putIfAbsent(orderId, new Outcome(status, now));
        });
        container.start();
    }

    Outcome of(UUID orderId) {
        return outcomes.get(orderId);
    }

    @Override
    public void close() {
        container.stop();
        connections.destroy();
    }
}
