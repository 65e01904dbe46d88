package dev.agora.bench.messaging;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import dev.agora.messaging.test.RabbitManagement;
import dev.agora.messaging.test.TestServers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A throwaway vhost both sides run in, so the benchmark touches no one's queues and leaves nothing behind:
 * deleting it removes every queue and closes every connection in it.
 */
final class BenchVhost implements AutoCloseable {

    private final RabbitManagement management;
    private final String name;
    private final AtomicBoolean deleted = new AtomicBoolean();

    private BenchVhost(RabbitManagement management, String name) {
        this.management = management;
        this.name = name;
    }

    static BenchVhost create() {
        var management = RabbitManagement.local();
        var vhost = new BenchVhost(
                management, "agora-bench-" + UUID.randomUUID().toString().substring(0, 8));
        management.createVhost(vhost.name);
        return vhost;
    }

    /** The vhost the benchmark created, as a side's JVM sees it: that process never deletes it. */
    static BenchVhost existing(String name) {
        return new BenchVhost(RabbitManagement.local(), name);
    }

    String name() {
        return name;
    }

    String brokerAddress() {
        return TestServers.rabbitHost() + ":" + TestServers.rabbitPort();
    }

    /** The URI PerfTest connects with ({@code -h}). */
    String amqpUri() {
        return "amqp://" + encode(TestServers.rabbitUser()) + ":" + encode(TestServers.rabbitPassword()) + "@"
                + brokerAddress() + "/" + encode(name);
    }

    /** The properties that point a Spring Boot service at this vhost. */
    Map<String, Object> springProperties() {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("spring.rabbitmq.host", TestServers.rabbitHost());
        properties.put("spring.rabbitmq.port", TestServers.rabbitPort());
        properties.put("spring.rabbitmq.username", TestServers.rabbitUser());
        properties.put("spring.rabbitmq.password", TestServers.rabbitPassword());
        properties.put("spring.rabbitmq.virtual-host", name);
        return properties;
    }

    /** Drops a queue and the backlog a throughput run left in it, so the next run starts from empty. */
    void deleteQueue(String queue) {
        withChannel("delete queue " + queue, channel -> channel.queueDelete(queue));
    }

    /** Runs broker commands on a short-lived connection of its own. */
    void withChannel(String what, ChannelWork work) {
        var factory = new ConnectionFactory();
        try {
            factory.setUri(amqpUri());
            try (var connection = factory.newConnection("agora-bench-setup");
                    var channel = connection.createChannel()) {
                work.run(channel);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not " + what + " in vhost " + name, e);
        }
    }

    @FunctionalInterface
    interface ChannelWork {
        void run(Channel channel) throws Exception;
    }

    boolean deleted() {
        return deleted.get();
    }

    /** Deletes the vhost once, whether from the normal end, a failure or the Ctrl-C shutdown hook. */
    @Override
    public void close() {
        if (deleted.compareAndSet(false, true)) {
            management.deleteVhost(name);
        }
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
