package dev.agora.shop.inventory.stock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Stock", description = "Available and reserved stock per product")
@RestController
@RequestMapping("/api/stock")
class StockController {

    private final StockService stock;

    StockController(StockService stock) {
        this.stock = stock;
    }

    @Operation(summary = "Every product's stock, ordered by product id")
    @GetMapping
    StockPage all(
            @RequestParam(defaultValue = "0") @PositiveOrZero int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return stock.page(page, size);
    }

    @Operation(summary = "A product's stock")
    @GetMapping("/{productId}")
    StockLevel one(@PathVariable UUID productId) {
        return stock.level(productId);
    }

    @Operation(
            summary =
                    "Sets the available stock after a count or restock; publishes inventory.updated with the difference")
    @PutMapping("/{productId}")
    StockLevel set(@PathVariable UUID productId, @Valid @RequestBody StockSetting setting) {
        return stock.set(productId, setting.available());
    }

    @Operation(summary = "Adds received units to the available stock; publishes inventory.updated")
    @PostMapping("/{productId}/additions")
    StockLevel add(@PathVariable UUID productId, @Valid @RequestBody StockAddition addition) {
        return stock.add(productId, addition.quantity());
    }

    @Operation(summary = "Whether a quantity is available now (nothing is held)")
    @GetMapping("/{productId}/availability")
    Availability availability(@PathVariable UUID productId, @RequestParam @Min(1) int quantity) {
        return Availability.of(stock.level(productId), quantity);
    }
}
