/**
 * Orders with their lines, prices, payment and outcome, merged from the events of the order saga (order,
 * inventory, pricing and payment services). Each part of an order merges by a rule that does not depend on
 * arrival order ({@link dev.agora.shop.query.order.ProjectedOrder}), so the projection converges however the
 * events come.
 */
@NullMarked
package dev.agora.shop.query.order;

import org.jspecify.annotations.NullMarked;
