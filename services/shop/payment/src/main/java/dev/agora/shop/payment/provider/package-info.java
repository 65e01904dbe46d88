/**
 * The payment provider as the payment service sees it: charge an order's total, refund a charge. The only
 * implementation is the sandbox in {@code dev.agora.shop.payment.sandbox}; a real provider would go here too.
 */
@NullMarked
package dev.agora.shop.payment.provider;

import org.jspecify.annotations.NullMarked;
