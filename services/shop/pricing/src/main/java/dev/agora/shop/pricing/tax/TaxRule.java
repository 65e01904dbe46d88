package dev.agora.shop.pricing.tax;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The tax rate of products of a category sold to buyers in a country; {@value #ANY} as category or country
 * matches any. Categories are compared in lower case and countries (ISO 3166 alpha-2) in upper case, so that
 * {@code Books} in a product matches a rule for {@code books}.
 */
public record TaxRule(String category, String country, BigDecimal rate) {

    public static final String ANY = "*";

    /** The {@code tax_rule.category} column's length, which the normal (lower-case) form must fit. */
    static final int MAX_CATEGORY_LENGTH = 100;

    public TaxRule {
        category = normalCategory(category);
        country = normalCountry(country);
        rate = rate.stripTrailingZeros();
    }

    static String normalCategory(String category) {
        return category.strip().toLowerCase(Locale.ROOT);
    }

    static String normalCountry(String country) {
        return country.strip().toUpperCase(Locale.ROOT);
    }
}
