/**
 * Pricing's step of the asynchronous order saga: an order whose stock is reserved is priced from the copies
 * and announced as {@code order.priced}, or {@code order.pricing.failed} when a product has no price.
 */
@NullMarked
package dev.agora.shop.pricing.saga;

import org.jspecify.annotations.NullMarked;
