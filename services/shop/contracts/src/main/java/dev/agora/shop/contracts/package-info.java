/**
 * The shop's published language: the shared types of orders ({@link dev.agora.shop.contracts.OrderLine},
 * {@link dev.agora.shop.contracts.PricedLine}), the events the shop's services exchange ({@code events}, routing
 * key from the class name) and the bodies of the synchronous APIs the order service calls ({@code api}).
 */
@NullMarked
package dev.agora.shop.contracts;

import org.jspecify.annotations.NullMarked;
