package dev.agora.shop.product.catalogue;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param total how many there are in all, for the client to know how far it may page
 */
record Page<T>(List<T> items, int limit, int offset, long total) {}
