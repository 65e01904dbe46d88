package dev.agora.shop.product.catalogue;

import dev.agora.shop.contracts.events.ProductCreated;
import dev.agora.shop.contracts.events.ProductUpdated;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds products and changes them. Each change and its event are written in one transaction (the event through
 * the outbox), so other services hear of exactly the changes that were stored.
 */
@Service
class Catalogue {

    private final ProductRepository products;
    private final ApplicationEventPublisher events;

    Catalogue(ProductRepository products, ApplicationEventPublisher events) {
        this.products = products;
        this.events = events;
    }

    @Transactional
    Product add(ProductDetails details) {
        var product = products.insert(UUID.randomUUID(), details);
        events.publishEvent(
                new ProductCreated(product.productId(), product.name(), product.description(), product.category()));
        return product;
    }

    /**
     * Replaces the product's details. Details equal to the current ones change nothing: no write, no event.
     *
     * @throws ProductNotFoundException when no product has this id
     */
    @Transactional
    Product update(UUID productId, ProductDetails details) {
        var current = products.findForUpdate(productId).orElseThrow(() -> new ProductNotFoundException(productId));
        if (current.has(details)) {
            return current;
        }
        var product = products.update(productId, details);
        events.publishEvent(
                new ProductUpdated(product.productId(), product.name(), product.description(), product.category()));
        return product;
    }

    @Transactional(readOnly = true)
    Product find(UUID productId) {
        return products.find(productId).orElseThrow(() -> new ProductNotFoundException(productId));
    }

    /** @param category only this category's products, or all if null */
    @Transactional(readOnly = true)
    Page<Product> list(@Nullable String category, int limit, int offset) {
        return new Page<>(products.page(category, limit, offset), limit, offset, products.count(category));
    }
}
