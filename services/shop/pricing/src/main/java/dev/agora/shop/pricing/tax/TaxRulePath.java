package dev.agora.shop.pricing.tax;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The {@code {category}/{country}} of a tax rule's URL, bound and validated as one object so that a wrong one
 * is a problem naming the field, like a wrong body. Validated in the normal form it is stored in: a category
 * can grow when lower-cased ({@code İ} becomes two characters).
 */
record TaxRulePath(
        @Parameter(in = ParameterIn.PATH, description = "a product category, or * for any")
        @Size(max = TaxRule.MAX_CATEGORY_LENGTH, message = "must be at most {max} characters in lower case")
        @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} _-]*|\\*", message = "must be a category or *")
        String category,

        @Parameter(in = ParameterIn.PATH, description = "an ISO 3166 alpha-2 country code, or * for any")
        @Pattern(regexp = "[A-Z]{2}|\\*", message = "must be an ISO 3166 alpha-2 code or *")
        String country) {

    TaxRulePath {
        category = category == null ? null : TaxRule.normalCategory(category);
        country = country == null ? null : TaxRule.normalCountry(country);
    }
}
