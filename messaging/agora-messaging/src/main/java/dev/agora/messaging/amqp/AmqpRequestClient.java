package dev.agora.messaging.amqp;

import dev.agora.messaging.Envelope;
import dev.agora.messaging.MessagingException;
import dev.agora.messaging.RemoteFailureException;
import dev.agora.messaging.RequestClient;
import dev.agora.messaging.RequestTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.beans.factory.DisposableBean;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The asking side of request/reply. Each instance has its own reply queue bound to {@code reply.C} with
 * its instance id, declared on its first request ({@link ReplyQueue}), so a reply reaches the instance that asked even when several instances of caller and
 * callee run. Pending requests are matched by correlation id; a reply nobody waits for any more is logged
 * and dropped.
 */
final class AmqpRequestClient implements RequestClient, MessageListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AmqpRequestClient.class);

    private final ConfirmingPublisher publisher;
    private final MessageFactory messages;
    private final EnvelopeCodec codec;
    private final MessagingMetrics metrics;
    private final Topology topology;
    private final String instanceId;
    private final Duration defaultTimeout;
    private final SoaWireFormat wire;
    private final @Nullable GorgTopology gorg;
    private final ReplyQueue replyQueue;
    private final Map<String, PendingRequest<?>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timeouts = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("agora-request-timeouts").daemon().factory());

    AmqpRequestClient(
            ConfirmingPublisher publisher,
            MessageFactory messages,
            EnvelopeCodec codec,
            MessagingMetrics metrics,
            Topology topology,
            String instanceId,
            Duration defaultTimeout,
            ReplyQueue replyQueue,
            SoaWireFormat wire,
            @Nullable GorgTopology gorg) {
        this.wire = wire;
        this.gorg = gorg;
        this.publisher = publisher;
        this.messages = messages;
        this.codec = codec;
        this.metrics = metrics;
        this.topology = topology;
        this.instanceId = instanceId;
        this.defaultTimeout = defaultTimeout;
        this.replyQueue = replyQueue;
    }

    @Override
    public <T> CompletableFuture<T> request(String service, String action, Object data, Class<T> replyType) {
        return request(service, action, data, replyType, defaultTimeout);
    }

    @Override
    public <T> CompletableFuture<T> request(
            String service, String action, Object data, Class<T> replyType, Duration timeout) {
        replyQueue.startOnce(this);
        var routingKey = Topology.requestKey(service, action);
        var envelope = Envelope.create(routingKey, topology.service(), codec.toTree(data));
        // a gorg_service callee pairs its reply with the request's message_id and replies to a bare exchange
        var correlationId =
                gorg != null ? envelope.uuid().toString() : UUID.randomUUID().toString();
        var replyTo = gorg != null
                ? gorg.replyExchange()
                : topology.replyExchange() + "/" + Topology.replyKey(service, action, instanceId);
        var exchange = gorg != null ? GorgTopology.requestExchange(service) : Topology.requestExchange(service);
        var request = new PendingRequest<>(service, action, replyType);
        pending.put(correlationId, request);
        timeouts.schedule(() -> expire(correlationId, timeout), timeout.toMillis(), TimeUnit.MILLISECONDS);
        publisher
                .publish(messages.request(envelope, exchange, correlationId, replyTo))
                .whenComplete((outcome, error) -> {
                    if (error != null) {
                        var noService =
                                error.getMessage() != null && error.getMessage().endsWith("does not exist");
                        complete(
                                correlationId,
                                new MessagingException(
                                        (noService
                                                        ? "no instance of service '" + service + "' handles "
                                                                + routingKey + ": "
                                                        : "request " + routingKey + " not sent: ")
                                                + error.getMessage(),
                                        error));
                    } else if (outcome == PublishOutcome.UNROUTED) {
                        complete(
                                correlationId,
                                new MessagingException("no instance of service '" + service + "' handles " + routingKey
                                        + " (unroutable request)"));
                    }
                });
        return request.future;
    }

    @Override
    public void onMessage(Message message) {
        var properties = message.getMessageProperties();
        var correlationId = properties.getCorrelationId();
        var request = correlationId == null ? null : pending.remove(correlationId);
        if (request == null) {
            metrics.lateReply(properties.getType() == null ? "unknown" : properties.getType());
            log.warn("late or unknown reply {} (correlation id {}) dropped", properties.getType(), correlationId);
            return;
        }
        try {
            var envelope = wire.decode(properties, message.getBody());
            var reason = failureOf(properties, envelope);
            if (reason != null) {
                request.future.completeExceptionally(new RemoteFailureException(request.service, reason));
            } else {
                request.complete(codec, envelope.data());
            }
        } catch (InvalidMessageException | JacksonException e) {
            request.future.completeExceptionally(new MessagingException(
                    "unreadable reply from " + request.service + " to " + request.action + ": " + e.getMessage(), e));
        }
    }

    /** Why the callee failed the request, or null: our error status, or (from a gorg bot) the gem's status code. */
    private @Nullable String failureOf(MessageProperties properties, Envelope reply) {
        boolean failed = "error".equals(Headers.string(properties.getHeaders(), Headers.REPLY_STATUS));
        if (failed && !reply.errors().isEmpty()) return reply.errors().getLast().message();
        var gorgFailure = gorg == null ? null : SoaWireFormat.failureOf(properties, reply.data());
        return gorgFailure == null && failed ? "no reason given" : gorgFailure;
    }

    private void expire(String correlationId, Duration timeout) {
        var request = pending.remove(correlationId);
        if (request != null) {
            request.future.completeExceptionally(new RequestTimeoutException("no reply from service '" + request.service
                    + "' to '" + request.action + "' within " + timeout.toMillis() + " ms"));
        }
    }

    private void complete(String correlationId, Exception failure) {
        var request = pending.remove(correlationId);
        if (request != null) request.future.completeExceptionally(failure);
    }

    @Override
    public void destroy() {
        replyQueue.stop();
        timeouts.shutdownNow();
        pending.values().forEach(r -> r.future.completeExceptionally(new MessagingException("shutting down")));
    }

    private record PendingRequest<T>(String service, String action, Class<T> type, CompletableFuture<T> future) {
        PendingRequest(String service, String action, Class<T> type) {
            this(service, action, type, new CompletableFuture<>());
        }

        void complete(EnvelopeCodec codec, JsonNode data) {
            var payload = data.size() == 1 && data.has("value") && !isObjectType(type) ? data.get("value") : data;
            future.complete(codec.convert(payload, type));
        }

        private static boolean isObjectType(Class<?> type) {
            return !(type.isPrimitive()
                    || Number.class.isAssignableFrom(type)
                    || type == String.class
                    || type == Boolean.class
                    || type.isArray()
                    || java.util.Collection.class.isAssignableFrom(type));
        }
    }
}
