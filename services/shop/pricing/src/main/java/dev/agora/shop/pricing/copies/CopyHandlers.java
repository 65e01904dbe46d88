package dev.agora.shop.pricing.copies;

import dev.agora.messaging.EventHandler;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.events.OrderCreated;
import dev.agora.shop.contracts.events.ProductCreated;
import dev.agora.shop.contracts.events.ProductUpdated;
import dev.agora.shop.contracts.events.UserCreated;
import dev.agora.shop.contracts.events.UserUpdated;
import org.springframework.stereotype.Component;

/** Keeps the copies up to date from the events of the product, user and order services. */
@Component
class CopyHandlers {

    private final CopyRepository copies;

    CopyHandlers(CopyRepository copies) {
        this.copies = copies;
    }

    @EventHandler
    void productCreated(ProductCreated product) {
        copies.addCategory(product.productId(), product.category());
    }

    @EventHandler
    void productUpdated(ProductUpdated product) {
        copies.replaceCategory(product.productId(), product.category());
    }

    @EventHandler
    void userCreated(UserCreated user) {
        copies.addCountry(user.userId(), user.country());
    }

    @EventHandler
    void userUpdated(UserUpdated user) {
        copies.replaceCountry(user.userId(), user.country());
    }

    /** Only asynchronous orders reach pricing's saga step; a synchronous one was quoted over HTTP. */
    @EventHandler
    void orderCreated(OrderCreated order) {
        if (order.mode() == OrderMode.ASYNC) {
            copies.addBuyer(order.orderId(), order.userId());
        }
    }
}
