package dev.agora.messaging.amqp;

import com.rabbitmq.client.AMQP;

/**
 * A message ready for the broker. {@code mandatory}: the broker returns it if no queue receives it.
 *
 * @param metricKey the routing key as a bounded metric tag (reply keys carry an instance id)
 */
record OutboundMessage(
        String exchange,
        String routingKey,
        boolean mandatory,
        AMQP.BasicProperties properties,
        byte[] body,
        String metricKey) {

    /**
     * Refused here, not by the client: it would take a confirm sequence number for a message it then fails to
     * encode, and every later confirm on the channel would answer the wrong message.
     */
    OutboundMessage {
        if (!Topology.fitsName(exchange) || !Topology.fitsName(routingKey)) {
            throw new IllegalArgumentException("exchange and routing key must fit in " + Topology.MAX_NAME_BYTES
                    + " bytes: " + exchange.length() + ", " + routingKey.length() + " characters");
        }
    }
}
