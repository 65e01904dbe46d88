package dev.agora.shop.pricing.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.PricedLine;
import dev.agora.shop.pricing.PricingProperties;
import dev.agora.shop.pricing.copies.Copies;
import dev.agora.shop.pricing.price.Prices;
import dev.agora.shop.pricing.quote.QuoteRefusedException.Reason;
import dev.agora.shop.pricing.tax.TaxRule;
import dev.agora.shop.pricing.tax.TaxRules;
import dev.agora.shop.pricing.tax.TaxTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuotingTest {

    private static final UUID ANN = UUID.randomUUID();
    private static final UUID BOOK = UUID.randomUUID();
    private static final UUID TOY = UUID.randomUUID();

    private final Copies copies = mock();
    private final Prices prices = mock();
    private final TaxRules taxRules = mock();
    private final Quoting quoting =
            new Quoting(copies, prices, taxRules, new PricingProperties("EUR", new BigDecimal("0.20")));

    @BeforeEach
    void annInFranceBuysABookAndAToy() {
        given(copies.countryOf(ANN)).willReturn(Optional.of("FR"));
        given(copies.categoriesOf(any())).willReturn(Map.of(BOOK, "books", TOY, "toys"));
        given(prices.unitPricesOf(any()))
                .willReturn(Map.of(BOOK, new BigDecimal("12.50"), TOY, new BigDecimal("19.99")));
        given(taxRules.table())
                .willReturn(new TaxTable(
                        List.of(
                                new TaxRule("books", "FR", new BigDecimal("0.055")),
                                new TaxRule("*", "FR", new BigDecimal("0.20"))),
                        new BigDecimal("0.20")));
    }

    @Test
    void eachLineIsTaxedAtTheRateOfItsCategoryInTheUsersCountry() {
        var quote = quoting.quote(ANN, List.of(new OrderLine(BOOK, 2), new OrderLine(TOY, 3)));

        assertThat(quote.lines())
                .extracting(PricedLine::productId, PricedLine::taxRate)
                .containsExactly(tuple(BOOK, new BigDecimal("0.055")), tuple(TOY, new BigDecimal("0.2")));
        assertThat(quote.subtotal()).isEqualByComparingTo("84.97");
        assertThat(quote.tax()).isEqualByComparingTo("13.37");
        assertThat(quote.total()).isEqualByComparingTo("98.34");
        assertThat(quote.currency()).isEqualTo("EUR");
    }

    @Test
    void userWhoseCopyIsMissingIsRefusedNamingTheUser() {
        var stranger = UUID.randomUUID();
        given(copies.countryOf(stranger)).willReturn(Optional.empty());

        assertThatThrownBy(() -> quoting.quote(stranger, List.of(new OrderLine(BOOK, 1))))
                .isInstanceOfSatisfying(QuoteRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.UNKNOWN_USER);
                    assertThat(refused.subject()).isEqualTo(stranger);
                    assertThat(refused.field()).isEqualTo("userId");
                });
    }

    @Test
    void productWhoseCopyIsMissingIsRefusedNamingItsLine() {
        var unknown = UUID.randomUUID();

        assertThatThrownBy(() -> quoting.quote(ANN, List.of(new OrderLine(BOOK, 1), new OrderLine(unknown, 1))))
                .isInstanceOfSatisfying(QuoteRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.UNKNOWN_PRODUCT);
                    assertThat(refused.subject()).isEqualTo(unknown);
                    assertThat(refused.field()).isEqualTo("lines[1].productId");
                });
    }

    @Test
    void productWithoutAPriceIsRefusedNamingItsLine() {
        given(prices.unitPricesOf(any())).willReturn(Map.of(BOOK, new BigDecimal("12.50")));

        assertThatThrownBy(() -> quoting.quote(ANN, List.of(new OrderLine(BOOK, 1), new OrderLine(TOY, 1))))
                .isInstanceOfSatisfying(QuoteRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.NO_PRICE);
                    assertThat(refused.subject()).isEqualTo(TOY);
                    assertThat(refused.field()).isEqualTo("lines[1].productId");
                    assertThat(refused.getMessage()).isEqualTo("Product " + TOY + " has no price in EUR");
                });
    }

    @Test
    void firstLineThatCannotBePricedIsTheOneNamed() {
        var unknown = UUID.randomUUID();
        given(prices.unitPricesOf(any())).willReturn(Map.of(TOY, new BigDecimal("19.99")));

        assertThatThrownBy(() -> quoting.quote(ANN, List.of(new OrderLine(BOOK, 1), new OrderLine(unknown, 1))))
                .isInstanceOfSatisfying(QuoteRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(Reason.NO_PRICE);
                    assertThat(refused.field()).isEqualTo("lines[0].productId");
                });
    }
}
