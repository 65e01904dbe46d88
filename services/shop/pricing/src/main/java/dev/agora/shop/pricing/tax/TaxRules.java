package dev.agora.shop.pricing.tax;

import dev.agora.shop.pricing.PricingProperties;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

/** Sets, lists and removes tax rules, and gives quotes the table to look rates up in. */
@Service
public class TaxRules {

    private final TaxRuleRepository repository;
    private final PricingProperties properties;

    TaxRules(TaxRuleRepository repository, PricingProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    public TaxTable table() {
        return new TaxTable(repository.all(), properties.defaultTaxRate());
    }

    List<TaxRule> all() {
        return repository.all();
    }

    TaxRule put(String category, String country, BigDecimal rate) {
        var rule = new TaxRule(category, country, rate);
        repository.save(rule);
        return rule;
    }

    /** @return false if there was no such rule */
    boolean remove(String category, String country) {
        return repository.delete(TaxRule.normalCategory(category), TaxRule.normalCountry(country));
    }
}
