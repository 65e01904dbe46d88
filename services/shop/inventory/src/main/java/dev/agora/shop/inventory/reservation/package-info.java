/**
 * Reservations: the stock held for one order, all its lines or none, taken synchronously over HTTP (the order
 * service's synchronous flow) or from {@code order.created} (the asynchronous saga), and released, or kept as
 * sold, as the order ends.
 */
@NullMarked
package dev.agora.shop.inventory.reservation;

import org.jspecify.annotations.NullMarked;
