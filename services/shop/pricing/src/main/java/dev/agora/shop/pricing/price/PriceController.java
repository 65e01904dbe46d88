package dev.agora.shop.pricing.price;

import dev.agora.shop.pricing.PricingProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/prices")
@Tag(name = "Prices", description = "Unit prices before tax, one per product, all in the shop's currency")
class PriceController {

    private final Prices prices;
    private final PricingProperties properties;

    PriceController(Prices prices, PricingProperties properties) {
        this.prices = prices;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "List every price")
    List<ProductPrice> list() {
        return prices.all();
    }

    @GetMapping("/{productId}")
    @Operation(summary = "A product's price")
    ProductPrice show(@PathVariable UUID productId) {
        return prices.find(productId).orElseThrow(() -> noPrice(productId));
    }

    @PutMapping("/{productId}")
    @Operation(summary = "Set a product's price; a new or changed price publishes price.changed")
    ProductPrice set(@PathVariable UUID productId, @Valid @RequestBody PriceUpdate update) {
        if (!update.currency().equals(properties.currency())) {
            throw otherCurrency(update.currency());
        }
        return prices.set(productId, update.unitPrice());
    }

    private static ErrorResponseException noPrice(UUID productId) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Product " + productId + " has no price");
        problem.setTitle("No price");
        problem.setProperty("productId", productId);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private ErrorResponseException otherCurrency(String currency) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "The shop prices everything in " + properties.currency() + ", not " + currency);
        problem.setTitle("Unsupported currency");
        problem.setProperty("field", "currency");
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
    }
}
