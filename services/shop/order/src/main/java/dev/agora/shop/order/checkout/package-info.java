/**
 * The synchronous order (the seed's first demo): inventory, pricing and payment called over HTTP inside the
 * request, each through its own RestClient with timeouts and its own circuit breaker; a failure fails the request
 * with a problem naming the dependency and undoes what was done.
 */
@NullMarked
package dev.agora.shop.order.checkout;

import org.jspecify.annotations.NullMarked;
