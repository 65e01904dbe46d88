package dev.agora.shop.pricing.price;

import static dev.agora.shop.testing.ProblemAnswers.assertInvalidField;
import static dev.agora.shop.testing.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.agora.shop.contracts.ShopLimits;
import dev.agora.shop.pricing.PricingAccess;
import dev.agora.shop.pricing.PricingProperties;
import dev.agora.shop.testing.OperatorCaller;
import dev.agora.web.AgoraWebAutoConfiguration;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(PriceController.class)
@ImportAutoConfiguration(AgoraWebAutoConfiguration.class)
@EnableConfigurationProperties(PricingProperties.class)
@Import({PricingAccess.class, OperatorCaller.class})
class PriceControllerTest {

    private static final UUID BOOK = UUID.fromString("0195f3a0-0000-7000-8000-0000000000b1");
    private static final Instant UPDATED = Instant.parse("2026-11-23T09:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Prices prices;

    @Test
    void settingAPriceAnswersTheStoredPrice() {
        given(prices.set(BOOK, new BigDecimal("12.5")))
                .willReturn(new ProductPrice(BOOK, new BigDecimal("12.50"), "EUR", UPDATED));

        assertThat(put("{\"unitPrice\": 12.5, \"currency\": \"EUR\"}"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"productId": "%s", "unitPrice": 12.50, "currency": "EUR", "updatedAt": "2026-11-23T09:00:00Z"}
                        """.formatted(BOOK));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1.00", "12.505", "\"cheap\"", "1000000.01", "9999999999.99", "1e20", "1E+200000"})
    void unitPriceThatIsNotPositiveInCentsUpToTheLimitIsABadRequestNamingIt(String unitPrice) {
        assertInvalidField(put("{\"unitPrice\": %s, \"currency\": \"EUR\"}".formatted(unitPrice)), "unitPrice");
        verifyNoInteractions(prices);
    }

    @Test
    void theHighestUnitPriceIsAccepted() {
        given(prices.set(BOOK, new BigDecimal(ShopLimits.MAX_UNIT_PRICE)))
                .willReturn(new ProductPrice(BOOK, new BigDecimal(ShopLimits.MAX_UNIT_PRICE), "EUR", UPDATED));

        assertThat(put("{\"unitPrice\": %s, \"currency\": \"EUR\"}".formatted(ShopLimits.MAX_UNIT_PRICE)))
                .hasStatusOk();
    }

    @Test
    void missingCurrencyIsABadRequestNamingIt() {
        assertInvalidField(put("{\"unitPrice\": 12.50}"), "currency");
    }

    @Test
    void currencyOtherThanTheShopsIsAnUnprocessableProblemNamingIt() {
        assertProblem(put("{\"unitPrice\": 12.50, \"currency\": \"USD\"}"), HttpStatus.UNPROCESSABLE_CONTENT, """
                        {"title": "Unsupported currency", "field": "currency",
                         "detail": "The shop prices everything in EUR, not USD"}
                        """);
        verifyNoInteractions(prices);
    }

    @Test
    void priceOfAProductWithoutOneIsANotFoundProblemNamingTheProduct() {
        given(prices.find(BOOK)).willReturn(Optional.empty());

        assertProblem(mvc.get().uri("/api/prices/{productId}", BOOK), HttpStatus.NOT_FOUND, """
                        {"title": "No price", "productId": "%s"}
                        """.formatted(BOOK));
    }

    @Test
    void listAnswersEveryPrice() {
        given(prices.all()).willReturn(List.of(new ProductPrice(BOOK, new BigDecimal("12.50"), "EUR", UPDATED)));

        assertThat(mvc.get().uri("/api/prices"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("[{\"productId\": \"%s\", \"unitPrice\": 12.50}]".formatted(BOOK));
    }

    private MockMvcTester.MockMvcRequestBuilder put(String body) {
        return mvc.put()
                .uri("/api/prices/{productId}", BOOK)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
