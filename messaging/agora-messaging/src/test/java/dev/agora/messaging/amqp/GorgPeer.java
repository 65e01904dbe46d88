package dev.agora.messaging.amqp;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Delivery;
import dev.agora.messaging.test.IsolatedBroker;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A gorg_service (6.0) bot on the test's vhost, written from the gem's wire format with the plain RabbitMQ client:
 * it declares what the gem's {@code RabbitmqEnvBuilder} declares, and its listener does what the gem's
 * {@code Consumer::Listener} does. Where the gem's listener would raise outside a handler (a message it cannot parse,
 * a softfail of a message without {@code softfail-count}), it records the crash and stops consuming: the bot stalls.
 */
final class GorgPeer implements AutoCloseable {

    /** What a handler of the bot does with a message, as the gem's {@code MessageHandler::Base} lets it. */
    sealed interface Outcome {
        record Done() implements Outcome {}

        record Reply(JsonNode data) implements Outcome {}

        record Softfail(String reason) implements Outcome {}

        record Hardfail(String reason) implements Outcome {}
    }

    interface Handler {
        Outcome handle(GorgMessage message);
    }

    private final String app;
    private final GorgEnvironment environment;
    private final String logRoutingKey;
    private final int maxAttempts;
    private final Map<String, Handler> handlers;
    private final GorgWire wire = new GorgWire();
    private final Connection connection;
    private final Channel channel;
    private final List<GorgMessage> received = new CopyOnWriteArrayList<>();
    private final List<String> crashes = new CopyOnWriteArrayList<>();
    private final String consumerTag;

    /**
     * @param handlers by the routing key they listen to (the gem's {@code listen_to}); keys of request and reply
     *     messages too, which reach the bot through its exchanges bound with {@code #}
     */
    GorgPeer(IsolatedBroker broker, String app, Map<String, Handler> handlers) throws IOException, TimeoutException {
        this.app = app;
        this.environment = GorgEnvironment.of(app, "agoram_event_exchange", 200);
        this.logRoutingKey = "log." + app;
        this.maxAttempts = 48;
        this.handlers = Map.copyOf(handlers);
        connection = broker.connectionFactory().newConnection(app);
        channel = connection.createChannel();
        channel.basicQos(1);
        environment.declare(
                channel,
                handlers.keySet().stream()
                        .filter(key -> !key.startsWith("request.") && !key.startsWith("reply."))
                        .toList());
        consumerTag =
                channel.basicConsume(environment.jobQueue(), false, (tag, delivery) -> onDelivery(delivery), tag -> {});
    }

    /** {@code Producer#publish_message} of a new event, in the given SOA version. */
    String publishEvent(String soaVersion, String routingKey, JsonNode data, int softfailCount) throws IOException {
        var id = UUID.randomUUID().toString();
        publish(
                environment.eventExchange(),
                wire.render(soaVersion, "event", routingKey, id, app, null, null, softfailCount, Map.of(), data));
        return id;
    }

    /** A request to another app: to its {@code <app>.request}, with this bot's reply exchange as {@code reply_to}. */
    String publishRequest(String soaVersion, String targetApp, String routingKey, JsonNode data) throws IOException {
        var id = UUID.randomUUID().toString();
        publish(
                targetApp + ".request",
                wire.render(soaVersion, "request", routingKey, id, app, null, app + ".reply", 0, Map.of(), data));
        return id;
    }

    private void onDelivery(Delivery delivery) throws IOException {
        var routingKey = delivery.getEnvelope().getRoutingKey();
        try {
            var message = wire.parse(routingKey, delivery.getProperties(), delivery.getBody());
            received.add(message);
            var handler = handlerFor(routingKey);
            var outcome = handler == null
                    ? new Outcome.Hardfail("Routing error : No message handler found")
                    : handler.handle(message);
            switch (outcome) {
                case Outcome.Done done -> {}
                case Outcome.Reply reply -> reply(message, reply.data(), 200, null, null);
                case Outcome.Softfail softfail -> softfail(message, softfail.reason());
                case Outcome.Hardfail hardfail -> {
                    reply(message, null, 500, "hardfail", hardfail.reason());
                    log(message, 4, "hardfail", null, hardfail.reason());
                }
            }
        } catch (RuntimeException crash) {
            // raised outside a handler's rescue: the gem's subscribe block dies with it, the message stays unacked
            crashes.add(routingKey + ": " + crash);
            channel.basicCancel(consumerTag);
            return;
        }
        channel.basicAck(delivery.getEnvelope().getDeliveryTag(), false);
    }

    /** {@code Listener#process_softfail}: log, count one more (nil + 1 raises), retry through the deferred queue. */
    private void softfail(GorgMessage message, String reason) throws IOException {
        reply(message, null, 500, "softfail", reason);
        log(message, 3, "softfail", environment.deferredMillis(), reason);
        if (message.softfailCount() == null) throw new IllegalStateException("undefined method '+' for nil");
        int count = message.softfailCount() + 1;
        if (count >= maxAttempts) {
            log(message, 4, "hardfail", null, "Too Much SoftError");
            return;
        }
        environment.declareDeferred(channel, message.routingKey());
        publish(environment.delayedIn(), wire.renderAgain(message, count));
    }

    /** {@code reply_with}: to the exchange named in {@code reply_to}, paired by the request's id. */
    private void reply(
            GorgMessage request,
            @Nullable JsonNode data,
            int status,
            @Nullable String errorType,
            @Nullable String reason)
            throws IOException {
        if (request.replyTo() == null) return;
        channel.exchangeDeclarePassive(request.replyTo());
        var extra = new LinkedHashMap<String, Object>();
        extra.put("status-code", status);
        if (errorType != null) extra.put("error-type", errorType);
        var body = data != null
                ? data
                : JsonNodeFactory.instance
                        .objectNode()
                        .put("error_message", reason)
                        .putNull("debug_message")
                        .putNull("error_data");
        publish(
                request.replyTo(),
                wire.render(
                        request.soaVersion(),
                        "reply",
                        GorgTopology.replyKey(request.routingKey()),
                        UUID.randomUUID().toString(),
                        app,
                        request.id(),
                        null,
                        0,
                        extra,
                        body));
    }

    /** {@code Listener#process_logging}: a 2.0 log message, always, to the event exchange under the log key. */
    private void log(GorgMessage about, int level, String errorType, @Nullable Integer nextTryIn, String errorName)
            throws IOException {
        var extra = new LinkedHashMap<String, Object>();
        extra.put("level", level);
        extra.put("error-type", errorType);
        if (nextTryIn != null) extra.put("next-try-in", nextTryIn);
        extra.put("error-name", errorName);
        publish(
                environment.eventExchange(),
                wire.render(
                        "2.0",
                        "log",
                        logRoutingKey,
                        UUID.randomUUID().toString(),
                        app,
                        about.id(),
                        null,
                        0,
                        extra,
                        null));
    }

    private @Nullable Handler handlerFor(String routingKey) {
        return handlers.entrySet().stream()
                .filter(entry -> TopicPattern.of(entry.getKey()).matches(routingKey))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private void publish(String exchange, GorgWire.Rendered message) throws IOException {
        synchronized (channel) {
            channel.basicPublish(exchange, message.routingKey(), message.properties(), message.body());
        }
    }

    String logRoutingKey() {
        return logRoutingKey;
    }

    List<GorgMessage> received() {
        return List.copyOf(received);
    }

    List<String> crashes() {
        return List.copyOf(crashes);
    }

    @Override
    public void close() throws IOException, TimeoutException {
        connection.close();
    }
}
