package dev.agora.messaging.amqp;

import com.rabbitmq.client.AMQP;
import dev.agora.messaging.Envelope;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns envelopes into broker messages whose AMQP properties mirror the envelope: {@code message_id} =
 * event_uuid, {@code type} = event_name, {@code app_id} = sender, {@code timestamp} = creation time, JSON
 * content type, persistent, and a W3C {@code traceparent} header. Every message names its {@link Conversation}:
 * events in {@code correlation_id}, requests and replies in a header.
 */
final class MessageFactory {

    private final Topology topology;
    private final EnvelopeCodec codec;

    MessageFactory(Topology topology, EnvelopeCodec codec) {
        this.topology = topology;
        this.codec = codec;
    }

    /** A new event, its data written straight into the envelope. */
    OutboundMessage event(String name, Object data, TraceParent trace) {
        var header = Envelope.create(name, topology.service(), null);
        var properties = properties(header, tracing(trace))
                .correlationId(Conversation.forOutgoing(header.uuid(), data))
                .build();
        return new OutboundMessage(topology.eventExchange(), name, true, properties, codec.encode(header, data), name);
    }

    /**
     * @param exchange the called service's request exchange
     * @param correlationId pairs the reply with this request: unique per request, so not the conversation's
     */
    OutboundMessage request(Envelope envelope, String exchange, String correlationId, String replyTo) {
        var headers = tracing(TraceParent.forOutgoing());
        headers.put(Conversation.HEADER, Conversation.forOutgoing(envelope.uuid()));
        var properties = properties(envelope, headers)
                .correlationId(correlationId)
                .replyTo(replyTo)
                .build();
        return new OutboundMessage(
                exchange, envelope.name(), true, properties, codec.encode(envelope), envelope.name());
    }

    OutboundMessage reply(
            Envelope envelope, String exchange, String routingKey, @Nullable String correlationId, String status) {
        var headers = tracing(TraceParent.forOutgoing());
        headers.put(Replies.STATUS_HEADER, status);
        headers.put(Conversation.HEADER, Conversation.forOutgoing(envelope.uuid()));
        var properties = properties(
                        envelope.uuid().toString(),
                        envelope.name(),
                        topology.service(),
                        envelope.creationTime(),
                        headers)
                .correlationId(correlationId)
                .build();
        return new OutboundMessage(exchange, routingKey, true, properties, codec.encode(envelope), envelope.name());
    }

    /** A message sent on with new headers (a retry, a parking, a replay), its body re-encoded or kept as is. */
    static OutboundMessage forward(
            String exchange,
            String routingKey,
            AMQP.BasicProperties original,
            Map<String, Object> headers,
            byte[] body,
            String metricKey) {
        var properties = original.builder().headers(headers).deliveryMode(2).build();
        return new OutboundMessage(exchange, routingKey, true, properties, body, metricKey);
    }

    static Map<String, Object> headersOf(AMQP.BasicProperties properties) {
        return properties.getHeaders() == null ? new HashMap<String, Object>() : new HashMap<>(properties.getHeaders());
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
        if (traceparent != null) headers.put(TraceParent.HEADER, traceparent);
        var properties = properties(messageId, eventName, sender, createdAt, headers)
                .correlationId(correlationId)
                .build();
        return new OutboundMessage(exchange, routingKey, true, properties, body, eventName);
    }

    private static Map<String, Object> tracing(TraceParent trace) {
        var headers = new HashMap<String, Object>();
        headers.put(TraceParent.HEADER, trace.toString());
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
