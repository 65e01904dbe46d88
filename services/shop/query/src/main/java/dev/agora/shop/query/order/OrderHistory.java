package dev.agora.shop.query.order;

import java.util.List;
import java.util.UUID;

/**
 * One page of a user's orders, newest first.
 *
 * @param page zero-based
 * @param totalOrders all of the user's orders, on every page
 */
record OrderHistory(UUID userId, int page, int size, long totalOrders, List<OrderView> orders) {}
