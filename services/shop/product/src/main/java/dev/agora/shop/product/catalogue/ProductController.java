package dev.agora.shop.product.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Tag(
        name = "Products",
        description =
                "The catalogue (no prices, no stock); every change is published as ProductCreated / ProductUpdated")
@RestController
@RequestMapping("/api/products")
class ProductController {

    private static final int MAX_LIMIT = 100;

    private final Catalogue catalogue;

    ProductController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Operation(summary = "Add a product", description = "201 with the product and its Location")
    @PostMapping
    ResponseEntity<Product> add(@Valid @RequestBody ProductDetails details) {
        var product = catalogue.add(details);
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{productId}")
                .buildAndExpand(product.productId())
                .toUri();
        return ResponseEntity.created(location).body(product);
    }

    @Operation(
            summary = "Replace a product's details",
            description = "Details equal to the current ones change nothing and publish nothing; 404")
    @PutMapping("/{productId}")
    Product update(@PathVariable UUID productId, @Valid @RequestBody ProductDetails details) {
        return catalogue.update(productId, details);
    }

    @Operation(summary = "Show a product", description = "404 when no product has this id")
    @GetMapping("/{productId}")
    Product show(@PathVariable UUID productId) {
        return catalogue.find(productId);
    }

    @Operation(summary = "List products, oldest first, a page at a time, optionally of one category")
    @GetMapping
    Page<Product> list(
            @RequestParam(required = false)
                    @Pattern(regexp = ProductDetails.CATEGORY, message = ProductDetails.CATEGORY_MESSAGE)
                    @Nullable
                    String category,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_LIMIT) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return catalogue.list(category, limit, offset);
    }
}
