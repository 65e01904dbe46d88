package dev.agora.messaging.amqp;

import dev.agora.messaging.Envelope;
import org.springframework.amqp.core.Message;

/**
 * Reads a work queue delivery into an {@link InboundMessage}: its headers through {@link Headers}, its body as an
 * envelope, and whether it came as a request. The one place a second wire format would be read.
 */
record InboundDecoder(Topology topology, SoaWireFormat wire, int maxAttempts) {

    InboundMessage decode(Message message) {
        var properties = message.getMessageProperties();
        var headers = wire.read(properties, maxAttempts);
        var routingKey = properties.getReceivedRoutingKey();
        var action = routingKey.startsWith(topology.requestPrefix())
                ? routingKey.substring(topology.requestPrefix().length())
                : null;
        if (headers.refusal() != null) return new InboundMessage(message, headers, null, action, headers.refusal());
        Envelope envelope;
        try {
            envelope = wire.decode(properties, message.getBody());
        } catch (InvalidMessageException invalid) {
            return new InboundMessage(message, headers, null, action, invalid.getMessage());
        }
        var misrouted = envelope.name().equals(routingKey)
                ? null
                : "event_name '" + envelope.name() + "' differs from the routing key";
        return new InboundMessage(message, headers, envelope, action, misrouted);
    }

    /** A delivery that is not dispatched (a log message), read only as far as copying it needs. */
    InboundMessage undecoded(Message message) {
        return new InboundMessage(message, wire.read(message.getMessageProperties(), maxAttempts), null, null, null);
    }
}
