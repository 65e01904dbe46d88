/**
 * The whole shop as separate processes, the way {@code ./agora up} runs it, but isolated: a RabbitMQ vhost, a
 * PostgreSQL database and free ports of its own, removed afterwards. End-to-end tests and the orders benchmark
 * start it from the services' built jars.
 */
@NullMarked
package dev.agora.shop.testing;

import org.jspecify.annotations.NullMarked;
