/**
 * The catalogue: products with name, description and category, added and changed over HTTP and announced as
 * ProductCreated / ProductUpdated through the outbox.
 */
@NullMarked
package dev.agora.shop.product.catalogue;

import org.jspecify.annotations.NullMarked;
