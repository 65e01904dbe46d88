package dev.agora.shop.pricing.tax;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code tax_rule} table. */
@Repository
class TaxRuleRepository {

    private final JdbcClient jdbc;

    TaxRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TaxRule> all() {
        return jdbc.sql("SELECT category, country, rate FROM tax_rule ORDER BY category, country")
                .query((row, number) ->
                        new TaxRule(row.getString("category"), row.getString("country"), row.getBigDecimal("rate")))
                .list();
    }

    void save(TaxRule rule) {
        jdbc.sql("""
                        INSERT INTO tax_rule (category, country, rate) VALUES (:category, :country, :rate)
                        ON CONFLICT (category, country) DO UPDATE SET rate = excluded.rate""")
                .param("category", rule.category())
                .param("country", rule.country())
                .param("rate", rule.rate())
                .update();
    }

    /** @return false if there was no such rule */
    boolean delete(String category, String country) {
        return jdbc.sql("DELETE FROM tax_rule WHERE category = :category AND country = :country")
                        .param("category", category)
                        .param("country", country)
                        .update()
                == 1;
    }
}
