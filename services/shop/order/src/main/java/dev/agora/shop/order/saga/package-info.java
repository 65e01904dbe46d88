/**
 * The asynchronous order saga, seen from the order service (choreography): the answers of inventory, pricing and
 * payment move the order on, and the payment deadline, a delayed event of this service, expires it.
 */
@NullMarked
package dev.agora.shop.order.saga;

import org.jspecify.annotations.NullMarked;
