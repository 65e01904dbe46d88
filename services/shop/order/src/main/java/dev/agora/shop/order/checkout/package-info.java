/**
 * The synchronous order (the seed's first demo): inventory, pricing and payment called over HTTP inside the
 * request, on the service's shared HTTP client, each with its own retry of calls that broke off and its own
 * circuit breaker; a failure fails the request with a problem naming the dependency and undoes what was done,
 * refunding a charge at once.
 */
@NullMarked
package dev.agora.shop.order.checkout;

import org.jspecify.annotations.NullMarked;
