/**
 * The whole shop as separate processes, the way {@code ./agora up} runs it, but isolated: a RabbitMQ vhost, a
 * PostgreSQL database and free ports of its own, removed afterwards. End-to-end tests and the orders benchmark
 * start it from the services' built jars. The services' own tests take their shared parts from here too: an
 * operator's calls ({@link dev.agora.shop.testing.OperatorCaller}), access and problem checks ({@link
 * dev.agora.shop.testing.AccessChecks}, {@link dev.agora.shop.testing.ProblemAnswers}) and an API resource over real
 * HTTP ({@link dev.agora.shop.testing.ApiResource}).
 */
@NullMarked
package dev.agora.shop.testing;

import org.jspecify.annotations.NullMarked;
