package dev.agora.shop.product.catalogue;

import java.time.Instant;
import java.util.UUID;

/** A product of the catalogue as stored and served. */
record Product(UUID productId, String name, String description, String category, Instant createdAt, Instant updatedAt) {

    /** Whether these details are exactly the product's current ones (an update that changes nothing). */
    boolean has(ProductDetails details) {
        return name.equals(details.name())
                && description.equals(details.description())
                && category.equals(details.category());
    }
}
