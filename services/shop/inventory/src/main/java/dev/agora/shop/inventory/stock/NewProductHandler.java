package dev.agora.shop.inventory.stock;

import dev.agora.messaging.EventHandler;
import dev.agora.shop.contracts.events.ProductCreated;
import org.springframework.stereotype.Component;

/** Keeps a stock row for every product of the catalogue, from the catalogue's own announcement. */
@Component
class NewProductHandler {

    private final StockService stock;

    NewProductHandler(StockService stock) {
        this.stock = stock;
    }

    @EventHandler
    void keepStockOf(ProductCreated product) {
        stock.register(product.productId());
    }
}
