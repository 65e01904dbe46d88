package dev.agora.shop.pricing.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.contracts.PricedLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteCalculatorTest {

    private static final UUID BOOK = UUID.randomUUID();
    private static final UUID TOY = UUID.randomUUID();

    @Test
    void lineNetIsUnitPriceTimesQuantityAndItsTaxIsTheNetTimesTheRateInCents() {
        var quote = QuoteCalculator.calculate(List.of(line(TOY, 3, "19.99", "0.2")), "EUR");

        assertThat(quote.lines())
                .containsExactly(new PricedLine(
                        TOY, 3, new BigDecimal("19.99"), new BigDecimal("0.2"), money("11.99"), money("71.96")));
        assertThat(quote.subtotal()).isEqualTo(money("59.97"));
        assertThat(quote.tax()).isEqualTo(money("11.99"));
        assertThat(quote.total()).isEqualTo(money("71.96"));
    }

    @ParameterizedTest(name = "net {0} at {1} -> tax {2}")
    @CsvSource({
        "1.30, 0.05, 0.06", // 0.065: half a cent, rounded to the even 6
        "1.50, 0.05, 0.08", // 0.075: half a cent, rounded to the even 8
        "25.00, 0.055, 1.38", // 1.375
        "24.90, 0.055, 1.37", // 1.3695
        "0.10, 0.055, 0.01", // 0.0055: more than half a cent
        "0.09, 0.055, 0.00" // 0.00495: less than half a cent
    })
    void lineTaxIsRoundedToCentsHalfEven(String net, String rate, String tax) {
        var quote = QuoteCalculator.calculate(List.of(line(BOOK, 1, net, rate)), "EUR");

        assertThat(quote.lines().getFirst().tax()).isEqualTo(money(tax));
        assertThat(quote.lines().getFirst().lineTotal()).isEqualTo(new BigDecimal(net).add(new BigDecimal(tax)));
    }

    @Test
    void orderTaxIsTheSumOfTheRoundedLineTaxesNotTheTaxOfTheSubtotal() {
        // each line: 0.10 x 0.055 = 0.0055 -> 0.01; the subtotal 0.20 x 0.055 = 0.011 would give 0.01
        var quote = QuoteCalculator.calculate(
                List.of(line(BOOK, 1, "0.10", "0.055"), line(TOY, 1, "0.10", "0.055")), "EUR");

        assertThat(quote.subtotal()).isEqualTo(money("0.20"));
        assertThat(quote.tax()).isEqualTo(money("0.02"));
        assertThat(quote.total()).isEqualTo(money("0.22"));
    }

    @Test
    void totalsAddUpOverLinesWithDifferentRates() {
        var quote = QuoteCalculator.calculate(
                List.of(line(BOOK, 2, "12.50", "0.055"), line(TOY, 3, "19.99", "0.2")), "EUR");

        assertThat(quote.lines()).extracting(PricedLine::tax).containsExactly(money("1.38"), money("11.99"));
        assertThat(quote.lines()).extracting(PricedLine::lineTotal).containsExactly(money("26.38"), money("71.96"));
        assertThat(quote.subtotal()).isEqualTo(money("84.97"));
        assertThat(quote.tax()).isEqualTo(money("13.37"));
        assertThat(quote.total()).isEqualTo(money("98.34"));
        assertThat(quote.total()).isEqualTo(quote.subtotal().add(quote.tax()));
    }

    @Test
    void zeroRateMeansNoTax() {
        var quote = QuoteCalculator.calculate(List.of(line(BOOK, 4, "2.25", "0")), "EUR");

        assertThat(quote.tax()).isEqualTo(money("0.00"));
        assertThat(quote.total()).isEqualTo(money("9.00"));
    }

    @Test
    void everyAmountHasTwoDecimalsAndTheQuoteTheGivenCurrency() {
        var quote = QuoteCalculator.calculate(List.of(line(BOOK, 1, "5", "0.2")), "CHF");

        var line = quote.lines().getFirst();
        assertThat(List.of(
                        line.unitPrice(), line.tax(), line.lineTotal(), quote.subtotal(), quote.tax(), quote.total()))
                .allSatisfy(amount -> assertThat(amount.scale()).isEqualTo(2));
        assertThat(quote.currency()).isEqualTo("CHF");
    }

    @Test
    void sameProductOnTwoLinesIsPricedOnEachLine() {
        var quote =
                QuoteCalculator.calculate(List.of(line(BOOK, 1, "3.00", "0.2"), line(BOOK, 2, "3.00", "0.2")), "EUR");

        assertThat(quote.lines()).hasSize(2);
        assertThat(quote.total()).isEqualTo(money("10.80"));
    }

    private static RatedLine line(UUID productId, int quantity, String unitPrice, String rate) {
        return new RatedLine(productId, quantity, new BigDecimal(unitPrice), new BigDecimal(rate));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
