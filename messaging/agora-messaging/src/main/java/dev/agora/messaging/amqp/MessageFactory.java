package dev.agora.messaging.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;
import dev.agora.messaging.Envelope;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Builds every message the service sends: events, delayed events, requests, replies, and the copies of a delivery
 * (retries, parked copies, replays). New messages get AMQP properties that mirror the envelope: {@code message_id}
 * = event_uuid, {@code type} = event_name, {@code app_id} = sender, {@code timestamp} = creation time, JSON content
 * type, persistent, and a W3C {@code traceparent} header. Every message names its {@link Conversation}: events in
 * {@code correlation_id}, requests and replies in a header. A copy keeps the delivery's properties and changes only
 * the headers of {@link Headers} its purpose names. A second wire format (gorg_service's SOA 2.0: the data alone as
 * body, the metadata in properties) would be one more way of composing properties and body here, where every new
 * message is composed; copies keep the format they came in.
 */
final class MessageFactory {

    private final Topology topology;
    private final EnvelopeCodec codec;

    MessageFactory(Topology topology, EnvelopeCodec codec) {
        this.topology = topology;
        this.codec = codec;
    }

    /** A new event for the event exchange, its data written straight into the envelope. */
    OutboundMessage event(String name, Object data) {
        return event(topology.eventExchange(), name, name, data);
    }

    /** An event that comes back to this service after {@code delay}, through its delayed-retry exchange. */
    OutboundMessage delayedEvent(String name, Duration delay, Object data) {
        return event(topology.delayedIn(), Topology.deferredKey(name, delay), name, data);
    }

    /**
     * @param exchange the called service's request exchange
     * @param correlationId pairs the reply with this request: unique per request, so not the conversation's
     */
    OutboundMessage request(Envelope envelope, String exchange, String correlationId, String replyTo) {
        var headers = tracing();
        headers.put(Headers.CONVERSATION, Conversation.forOutgoing(envelope.uuid()));
        var properties = properties(envelope, headers)
                .correlationId(correlationId)
                .replyTo(replyTo)
                .build();
        return new OutboundMessage(
                exchange, envelope.name(), true, properties, codec.encode(envelope), envelope.name());
    }

    OutboundMessage reply(
            Envelope envelope, String exchange, String routingKey, @Nullable String correlationId, String status) {
        var headers = tracing();
        headers.put(Headers.REPLY_STATUS, status);
        headers.put(Headers.CONVERSATION, Conversation.forOutgoing(envelope.uuid()));
        var properties =
                properties(envelope, headers).correlationId(correlationId).build();
        return new OutboundMessage(exchange, routingKey, true, properties, codec.encode(envelope), envelope.name());
    }

    /** The next attempt of a soft-failed delivery, waiting in the deferred queue of its key and delay. */
    OutboundMessage retry(
            AMQP.BasicProperties delivery, String routingKey, Duration delay, int nextAttempt, byte[] body) {
        var headers = copiedHeaders(delivery);
        headers.put(Headers.ATTEMPT, nextAttempt);
        return forward(
                topology.delayedIn(), Topology.deferredKey(routingKey, delay), delivery, headers, body, routingKey);
    }

    /** A delivery for the parking queue, its headers saying why, when and from where, for the console and replay. */
    OutboundMessage parked(
            AMQP.BasicProperties delivery,
            @Nullable String receivedExchange,
            String routingKey,
            String reason,
            int attempts,
            byte[] body) {
        var headers = copiedHeaders(delivery);
        headers.put(Headers.PARKED_ID, UUID.randomUUID().toString());
        headers.put(Headers.PARKED_REASON, reason);
        headers.put(Headers.PARKED_AT, Instant.now().toString());
        headers.put(Headers.ORIGINAL_ROUTING_KEY, routingKey);
        headers.put(Headers.ORIGINAL_EXCHANGE, receivedExchange);
        headers.put(Headers.ATTEMPT, attempts);
        return forward("", topology.parkedQueue(), delivery, headers, body, routingKey);
    }

    /** The log's copy of a parked message under {@code <routing key>.parked}, or null when that key is too long. */
    @Nullable
    OutboundMessage parkedForLog(OutboundMessage parked) {
        var logKey = parked.metricKey() + ".parked";
        if (!Topology.fitsName(logKey)) return null;
        return new OutboundMessage(
                topology.logExchange(), logKey, true, parked.properties(), parked.body(), parked.metricKey());
    }

    /**
     * A parked message sent back to its work queue as a first attempt, without what parking it added.
     *
     * @param delayedOut the parking service's delayed-retry exchange, which routes to its work queue
     */
    static OutboundMessage replay(String delayedOut, GetResponse response, ParkedHeaders parked) {
        var routingKey = parked.routingKey();
        return forward(delayedOut, routingKey, response.getProps(), parked.forReplay(), response.getBody(), routingKey);
    }

    /** A message moved to another queue as it is, without what the queue set on this delivery. */
    static OutboundMessage moved(String exchange, String routingKey, GetResponse message) {
        return forward(
                exchange,
                routingKey,
                message.getProps(),
                copiedHeaders(message.getProps()),
                message.getBody(),
                routingKey);
    }

    /** A message written to the outbox earlier, sent now with the properties it would have had then. */
    static OutboundMessage stored(
            String exchange,
            String routingKey,
            String eventName,
            String sender,
            String messageId,
            String correlationId,
            @Nullable String traceparent,
            Instant createdAt,
            byte[] body) {
        var headers = new HashMap<String, Object>();
        if (traceparent != null) headers.put(Headers.TRACEPARENT, traceparent);
        var properties = properties(messageId, eventName, sender, createdAt, headers)
                .correlationId(correlationId)
                .build();
        return new OutboundMessage(exchange, routingKey, true, properties, body, eventName);
    }

    static Map<String, Object> headersOf(AMQP.BasicProperties properties) {
        return properties.getHeaders() == null ? new HashMap<String, Object>() : new HashMap<>(properties.getHeaders());
    }

    private OutboundMessage event(String exchange, String routingKey, String name, Object data) {
        var header = Envelope.create(name, topology.service(), null);
        var properties = properties(header, tracing())
                .correlationId(Conversation.forOutgoing(header.uuid(), data))
                .build();
        return new OutboundMessage(exchange, routingKey, true, properties, codec.encode(header, data), name);
    }

    /** A delivery's headers for a copy of it, without what the queue set on this delivery. */
    private static Map<String, Object> copiedHeaders(AMQP.BasicProperties delivery) {
        var headers = headersOf(delivery);
        headers.remove(Headers.DELIVERY_COUNT);
        return headers;
    }

    private static OutboundMessage forward(
            String exchange,
            String routingKey,
            AMQP.BasicProperties original,
            Map<String, Object> headers,
            byte[] body,
            String metricKey) {
        var properties = original.builder().headers(headers).deliveryMode(2).build();
        return new OutboundMessage(exchange, routingKey, true, properties, body, metricKey);
    }

    private static Map<String, Object> tracing() {
        var headers = new HashMap<String, Object>();
        headers.put(Headers.TRACEPARENT, TraceParent.forOutgoing().toString());
        return headers;
    }

    private AMQP.BasicProperties.Builder properties(Envelope envelope, Map<String, Object> headers) {
        return properties(
                envelope.uuid().toString(), envelope.name(), topology.service(), envelope.creationTime(), headers);
    }

    private static AMQP.BasicProperties.Builder properties(
            String messageId, String type, String sender, Instant timestamp, Map<String, Object> headers) {
        return new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .contentEncoding("utf-8")
                .deliveryMode(2)
                .messageId(messageId)
                .type(type)
                .appId(sender)
                .timestamp(Date.from(timestamp))
                .headers(headers);
    }
}
