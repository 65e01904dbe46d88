/**
 * The payment-provider SANDBOX: a simulated provider running inside the platform, so that orders can be paid
 * without real money. Every reference it issues starts with {@code sandbox_}; its latency and failure rate are
 * set in {@code agora.shop.payment.sandbox.*} and changed at runtime over {@code /api/sandbox/settings} (demo,
 * tests, benchmark); amounts whose cents are in {@code declined-cents} (default .13) are always declined.
 */
@NullMarked
package dev.agora.shop.payment.sandbox;

import org.jspecify.annotations.NullMarked;
