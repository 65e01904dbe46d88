package dev.agora.shop.pricing.tax;

import static dev.agora.shop.pricing.tax.TaxRule.ANY;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The tax rules as they stand, read once per quote so that every line of it sees the same rules. */
public final class TaxTable {

    private final Map<Scope, BigDecimal> rates = new HashMap<>();
    private final BigDecimal defaultRate;

    public TaxTable(Collection<TaxRule> rules, BigDecimal defaultRate) {
        rules.forEach(rule -> rates.put(new Scope(rule.category(), rule.country()), rule.rate()));
        this.defaultRate = defaultRate;
    }

    /**
     * The most specific rule wins: the category in the country, then the category anywhere, then anything in
     * the country, then anything anywhere; without any of these, the configured default rate.
     */
    public BigDecimal rateFor(String category, String country) {
        var normalCategory = TaxRule.normalCategory(category);
        var normalCountry = TaxRule.normalCountry(country);
        return Stream.of(
                        new Scope(normalCategory, normalCountry),
                        new Scope(normalCategory, ANY),
                        new Scope(ANY, normalCountry),
                        new Scope(ANY, ANY))
                .map(rates::get)
                .filter(rate -> rate != null)
                .findFirst()
                .orElse(defaultRate);
    }

    private record Scope(String category, String country) {}
}
