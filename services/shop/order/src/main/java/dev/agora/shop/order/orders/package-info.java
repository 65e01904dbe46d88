/**
 * The order itself: what is stored, its status machine and timeline, idempotency keys, and the one place where
 * statuses change and the events that follow them are published.
 */
@NullMarked
package dev.agora.shop.order.orders;

import org.jspecify.annotations.NullMarked;
