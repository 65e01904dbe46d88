/**
 * Copies of other services' data, kept from their events (no service reads another's tables): each product's
 * category, each user's country and the buyer of each asynchronous order.
 */
@NullMarked
package dev.agora.shop.pricing.copies;

import org.jspecify.annotations.NullMarked;
