package dev.agora.shop.contracts.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/**
 * One page of a user's orders from the query service, newest first.
 *
 * @param page zero-based
 * @param totalOrders all of the user's orders, on every page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderHistory(UUID userId, int page, int size, long totalOrders, List<HistoryOrder> orders) {}
