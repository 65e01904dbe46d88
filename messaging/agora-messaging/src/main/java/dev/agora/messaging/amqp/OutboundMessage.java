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
        String metricKey) {}
