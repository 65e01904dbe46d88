package dev.agora.shop.order.checkout;

/** The three services a synchronous order calls, in the order it calls them. */
record ShopServices(Dependency inventory, Dependency pricing, Dependency payment) {

    static final String INVENTORY = "inventory";
    static final String PRICING = "pricing";
    static final String PAYMENT = "payment";
}
