package dev.agora.shop.pricing.copies;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What pricing knows of other services' data; empty where their event has not arrived (yet). */
@Component
public class Copies {

    private final CopyRepository repository;

    Copies(CopyRepository repository) {
        this.repository = repository;
    }

    /** The categories of those products whose product.created or product.updated arrived. */
    public Map<UUID, String> categoriesOf(Collection<UUID> productIds) {
        return productIds.isEmpty() ? Map.of() : repository.categories(productIds);
    }

    /** Whether product.created of this product has arrived. */
    public boolean knowsProduct(UUID productId) {
        return repository.hasProduct(productId);
    }

    public Optional<String> countryOf(UUID userId) {
        return repository.country(userId);
    }

    /** The user who placed an asynchronous order. */
    public Optional<UUID> buyerOf(UUID orderId) {
        return repository.buyer(orderId);
    }
}
