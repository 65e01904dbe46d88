package dev.agora.shop.contracts;

/**
 * How an order is placed: {@link #SYNC} calls inventory, pricing and payment over HTTP inside the request and
 * answers with the final order; {@link #ASYNC} answers at once and proceeds by events.
 */
public enum OrderMode {
    SYNC,
    ASYNC
}
