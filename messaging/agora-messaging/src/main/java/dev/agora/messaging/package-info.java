/**
 * The service author's view of Agora messaging: events, requests, handlers and the envelope. Nothing here
 * refers to RabbitMQ; the AMQP implementation lives in {@code dev.agora.messaging.amqp}.
 */
@NullMarked
package dev.agora.messaging;

import org.jspecify.annotations.NullMarked;
