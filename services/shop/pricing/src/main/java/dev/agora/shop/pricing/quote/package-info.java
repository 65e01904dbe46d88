/**
 * Quotes: the one place that prices lines for a user (unit prices, tax rates by category and country, the
 * arithmetic), used by {@code POST /api/quotes} and by the order saga's pricing step alike.
 */
@NullMarked
package dev.agora.shop.pricing.quote;

import org.jspecify.annotations.NullMarked;
