/**
 * Charging orders and giving the money back. One row per order in {@code payment} goes CHARGING, then
 * CAPTURED, DECLINED or FAILED, and a captured one REFUNDING, REFUNDED when its order ends. Every change of an
 * order's row happens under that order's advisory lock, in a short transaction; the provider is called between
 * transactions, never inside one.
 */
@NullMarked
package dev.agora.shop.payment.charge;

import org.jspecify.annotations.NullMarked;
