/** The orders API: placing an order (either mode, idempotent per key) and reading orders with their timelines. */
@NullMarked
package dev.agora.shop.order.placement;

import org.jspecify.annotations.NullMarked;
