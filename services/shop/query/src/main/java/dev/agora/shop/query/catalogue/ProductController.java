package dev.agora.shop.query.catalogue;

import dev.agora.shop.contracts.api.ProductView;
import dev.agora.shop.query.NotFoundProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Catalogue", description = "Products with price and available stock, from the read model")
class ProductController {

    private final ProductRepository products;

    ProductController(ProductRepository products) {
        this.products = products;
    }

    @GetMapping("/api/products")
    @Operation(summary = "The catalogue", description = "Every product with a catalogue entry, by name")
    List<ProductView> catalogue() {
        return products.catalogue();
    }

    @GetMapping("/api/products/{productId}")
    @Operation(summary = "A product of the catalogue")
    ProductView product(@PathVariable UUID productId) {
        return products.find(productId).orElseThrow(() -> new NotFoundProblem("product", "productId", productId));
    }
}
