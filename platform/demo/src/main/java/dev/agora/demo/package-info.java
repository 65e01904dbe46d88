/**
 * {@code ./agora demo}: a guided scenario against a running platform. It sets up demo users and products, places a
 * SYNC and an ASYNC order, makes one fail and one expire through the payment-provider sandbox, and reads the order
 * history back from the query service, printing each step as it happens.
 */
@NullMarked
package dev.agora.demo;

import org.jspecify.annotations.NullMarked;
