/**
 * An order's status live, as Server-Sent Events, fed by the same code that changes the status. In-process: a
 * client sees the changes made by the instance it is connected to (see {@link dev.agora.shop.order.live.StatusFeed}).
 */
@NullMarked
package dev.agora.shop.order.live;

import org.jspecify.annotations.NullMarked;
