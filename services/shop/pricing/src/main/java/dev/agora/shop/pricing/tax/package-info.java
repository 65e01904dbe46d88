/**
 * Tax rules: a rate per product category and buyer's country, with {@code '*'} for any, and the table a quote
 * looks rates up in.
 */
@NullMarked
package dev.agora.shop.pricing.tax;

import org.jspecify.annotations.NullMarked;
