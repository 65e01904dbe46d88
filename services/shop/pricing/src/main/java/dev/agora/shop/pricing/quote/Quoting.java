package dev.agora.shop.pricing.quote;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.api.Quote;
import dev.agora.shop.pricing.PricingProperties;
import dev.agora.shop.pricing.copies.Copies;
import dev.agora.shop.pricing.price.Prices;
import dev.agora.shop.pricing.tax.TaxRules;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Prices lines for a user: the unit price of each product, the tax rate of its category in the user's
 * country, then {@link QuoteCalculator}. The HTTP quote and the saga step both come here.
 */
@Service
public class Quoting {

    private final Copies copies;
    private final Prices prices;
    private final TaxRules taxRules;
    private final PricingProperties properties;

    Quoting(Copies copies, Prices prices, TaxRules taxRules, PricingProperties properties) {
        this.copies = copies;
        this.prices = prices;
        this.taxRules = taxRules;
        this.properties = properties;
    }

    /**
     * @throws QuoteRefusedException naming the first of: the user unknown, a product unknown or without a
     *     price (in line order)
     */
    public Quote quote(UUID userId, List<OrderLine> lines) {
        var country = copies.countryOf(userId).orElseThrow(() -> QuoteRefusedException.unknownUser(userId));
        var productIds = lines.stream().map(OrderLine::productId).distinct().toList();
        var categories = copies.categoriesOf(productIds);
        var unitPrices = prices.unitPricesOf(productIds);
        var taxes = taxRules.table();
        var rated = new ArrayList<RatedLine>(lines.size());
        for (int index = 0; index < lines.size(); index++) {
            var line = lines.get(index);
            var category = categories.get(line.productId());
            if (category == null) {
                throw QuoteRefusedException.unknownProduct(line.productId(), index);
            }
            var unitPrice = unitPrices.get(line.productId());
            if (unitPrice == null) {
                throw QuoteRefusedException.noPrice(line.productId(), index, properties.currency());
            }
            rated.add(new RatedLine(line.productId(), line.quantity(), unitPrice, taxes.rateFor(category, country)));
        }
        return QuoteCalculator.calculate(rated, properties.currency());
    }
}
