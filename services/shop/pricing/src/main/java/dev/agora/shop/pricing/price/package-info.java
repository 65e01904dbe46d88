/** Prices: the unit price before tax of each product, which this service owns and announces when it changes. */
@NullMarked
package dev.agora.shop.pricing.price;

import org.jspecify.annotations.NullMarked;
