package dev.agora.shop.query.catalogue;

import dev.agora.shop.contracts.events.InventoryUpdated;
import dev.agora.shop.contracts.events.PriceChanged;
import dev.agora.shop.contracts.events.ProductCreated;
import dev.agora.shop.contracts.events.ProductUpdated;
import dev.agora.shop.query.readmodel.Projection;
import dev.agora.shop.query.readmodel.Subscription;
import java.util.List;
import org.springframework.stereotype.Component;

/** Details, price and stock of each product; the newest event of each kind wins. */
@Component
class ProductProjection implements Projection {

    private final ProductRepository products;

    ProductProjection(ProductRepository products) {
        this.products = products;
    }

    @Override
    public List<Subscription<?>> subscriptions() {
        return List.of(
                Subscription.on(
                        "product.created",
                        ProductCreated.class,
                        (product, at) -> products.saveDetails(
                                product.productId(), product.name(), product.description(), product.category(), at)),
                Subscription.on(
                        "product.updated",
                        ProductUpdated.class,
                        (product, at) -> products.saveDetails(
                                product.productId(), product.name(), product.description(), product.category(), at)),
                Subscription.on(
                        "price.changed",
                        PriceChanged.class,
                        (price, at) -> products.savePrice(price.productId(), price.unitPrice(), price.currency(), at)),
                // the stock after the change, so a lost or reordered event never skews the figure for long
                Subscription.on(
                        "inventory.updated",
                        InventoryUpdated.class,
                        (stock, at) -> products.saveStock(
                                stock.productId(), stock.payload().available(), at)));
    }

    @Override
    public String name() {
        return "products";
    }

    @Override
    public void clear() {
        products.clear();
    }

    @Override
    public long count() {
        return products.count();
    }
}
