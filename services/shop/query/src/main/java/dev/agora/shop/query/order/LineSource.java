package dev.agora.shop.query.order;

/** Which event an order's lines came from, in precedence order: later steps know more (prices, then final). */
enum LineSource {
    NONE,
    ORDERED,
    PRICED,
    CONFIRMED
}
