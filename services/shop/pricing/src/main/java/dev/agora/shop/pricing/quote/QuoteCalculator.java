package dev.agora.shop.pricing.quote;

import dev.agora.shop.contracts.PricedLine;
import dev.agora.shop.contracts.api.Quote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a quote. Tax is rounded to cents per line (half-even), so that each line's tax is what
 * its buyer sees and the order's tax is exactly the sum of its lines'.
 */
final class QuoteCalculator {

    private static final int CENTS = 2;

    private QuoteCalculator() {}

    static Quote calculate(List<RatedLine> lines, String currency) {
        var subtotal = BigDecimal.ZERO.setScale(CENTS);
        var tax = BigDecimal.ZERO.setScale(CENTS);
        var priced = new ArrayList<PricedLine>(lines.size());
        for (var line : lines) {
            var net = cents(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
            var lineTax = cents(net.multiply(line.taxRate()));
            priced.add(new PricedLine(
                    line.productId(),
                    line.quantity(),
                    cents(line.unitPrice()),
                    line.taxRate(),
                    lineTax,
                    net.add(lineTax)));
            subtotal = subtotal.add(net);
            tax = tax.add(lineTax);
        }
        return new Quote(List.copyOf(priced), subtotal, tax, subtotal.add(tax), currency);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(CENTS, RoundingMode.HALF_EVEN);
    }
}
