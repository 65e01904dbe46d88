/**
 * The Agora conventions on Spring AMQP and RabbitMQ: topology declaration, the confirming publisher,
 * dispatch to handlers with retries and parking, request/reply, the outbox relay and the inbox.
 */
@NullMarked
package dev.agora.messaging.amqp;

import org.jspecify.annotations.NullMarked;
