package dev.agora.shop.pricing.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxTableTest {

    private static final BigDecimal DEFAULT = new BigDecimal("0.25");

    private final TaxTable table = new TaxTable(
            List.of(
                    rule("books", "FR", "0.055"),
                    rule("books", "*", "0.07"),
                    rule("*", "FR", "0.20"),
                    rule("*", "*", "0.21")),
            DEFAULT);

    @Test
    void ruleForTheCategoryInTheCountryComesFirst() {
        assertThat(table.rateFor("books", "FR")).isEqualByComparingTo("0.055");
    }

    @Test
    void withoutOneTheRuleForTheCategoryInAnyCountryApplies() {
        assertThat(table.rateFor("books", "DE")).isEqualByComparingTo("0.07");
    }

    @Test
    void categoryAnywhereIsMoreSpecificThanAnythingInTheCountry() {
        var table = new TaxTable(List.of(rule("food", "*", "0.055"), rule("*", "DE", "0.19")), DEFAULT);

        assertThat(table.rateFor("food", "DE")).isEqualByComparingTo("0.055");
    }

    @Test
    void withoutACategoryRuleTheRuleForAnyCategoryInTheCountryApplies() {
        assertThat(table.rateFor("toys", "FR")).isEqualByComparingTo("0.20");
    }

    @Test
    void withoutACountryRuleTheRuleForAnythingAnywhereApplies() {
        assertThat(table.rateFor("toys", "IT")).isEqualByComparingTo("0.21");
    }

    @Test
    void withoutAnyMatchingRuleTheConfiguredDefaultApplies() {
        var table = new TaxTable(List.of(rule("books", "FR", "0.055")), DEFAULT);

        assertThat(table.rateFor("toys", "FR")).isEqualTo(DEFAULT);
        assertThat(table.rateFor("books", "DE")).isEqualTo(DEFAULT);
        assertThat(new TaxTable(List.of(), DEFAULT).rateFor("books", "FR")).isEqualTo(DEFAULT);
    }

    @Test
    void categoryAndCountryMatchWhateverTheirCase() {
        assertThat(table.rateFor(" Books", "fr")).isEqualByComparingTo("0.055");
    }

    @Test
    void rulesAreStoredInNormalForm() {
        assertThat(new TaxRule("Books ", "fr", new BigDecimal("0.0550"))).isEqualTo(rule("books", "FR", "0.055"));
    }

    private static TaxRule rule(String category, String country, String rate) {
        return new TaxRule(category, country, new BigDecimal(rate));
    }
}
