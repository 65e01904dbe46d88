/**
 * The read model's machinery: every consumed event is journaled and applied to the {@link
 * dev.agora.shop.query.readmodel.Projection}s in one transaction, and the journal replays into empty projections
 * on demand. No other service is ever called.
 */
@NullMarked
package dev.agora.shop.query.readmodel;

import org.jspecify.annotations.NullMarked;
