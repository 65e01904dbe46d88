package dev.agora.shop.product.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a client says about a product, when adding it and as the whole new state on update. Surrounding spaces
 * are dropped before validation.
 */
record ProductDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Size(max = 4000) String description,

        @NotNull @Size(max = 50) @Pattern(regexp = CATEGORY, message = CATEGORY_MESSAGE)
        String category) {

    /** Lowercase words joined by single spaces or hyphens: pricing keys its tax rules by category. */
    static final String CATEGORY = "[a-z]+([ -][a-z]+)*";

    static final String CATEGORY_MESSAGE = "must be lowercase words such as books or home garden";

    ProductDetails {
        name = strip(name);
        description = strip(description);
        category = strip(category);
    }

    private static @Nullable String strip(@Nullable String value) {
        return value == null ? null : value.strip();
    }
}
