package dev.agora.shop.pricing.quote;

import static dev.agora.shop.testing.ProblemAnswers.assertInvalidField;
import static dev.agora.shop.testing.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.PricedLine;
import dev.agora.shop.contracts.ShopLimits;
import dev.agora.shop.contracts.api.Quote;
import dev.agora.shop.pricing.PricingAccess;
import dev.agora.shop.testing.OperatorCaller;
import dev.agora.web.AgoraWebAutoConfiguration;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(QuoteController.class)
@ImportAutoConfiguration(AgoraWebAutoConfiguration.class)
@Import({PricingAccess.class, OperatorCaller.class})
class QuoteControllerTest {

    private static final UUID ANN = UUID.fromString("0195f3a0-0000-7000-8000-000000000001");
    private static final UUID BOOK = UUID.fromString("0195f3a0-0000-7000-8000-0000000000b1");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Quoting quoting;

    @Test
    void quoteAnswersThePricedLinesAndTotals() {
        given(quoting.quote(ANN, List.of(new OrderLine(BOOK, 2))))
                .willReturn(new Quote(
                        List.of(new PricedLine(
                                BOOK,
                                2,
                                new BigDecimal("12.50"),
                                new BigDecimal("0.055"),
                                new BigDecimal("1.38"),
                                new BigDecimal("26.38"))),
                        new BigDecimal("25.00"),
                        new BigDecimal("1.38"),
                        new BigDecimal("26.38"),
                        "EUR"));

        assertThat(post(body(ANN, BOOK, 2))).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"lines": [{"productId": "%s", "quantity": 2, "unitPrice": 12.50, "taxRate": 0.055,
                            "tax": 1.38, "lineTotal": 26.38}],
                 "subtotal": 25.00, "tax": 1.38, "total": 26.38, "currency": "EUR"}
                """.formatted(BOOK));
    }

    @Test
    void userOfAnUnknownUserIsAnUnprocessableProblemNamingTheUser() {
        given(quoting.quote(any(), any())).willThrow(QuoteRefusedException.unknownUser(ANN));

        assertProblem(post(body(ANN, BOOK, 1)), HttpStatus.UNPROCESSABLE_CONTENT, """
                        {"status": 422, "title": "Unknown user", "userId": "%s", "field": "userId",
                         "detail": "Pricing knows no user %s (no user.created yet)"}
                        """.formatted(ANN, ANN));
    }

    @Test
    void unknownProductIsAnUnprocessableProblemNamingTheProductAndItsLine() {
        given(quoting.quote(any(), any())).willThrow(QuoteRefusedException.unknownProduct(BOOK, 0));

        assertThat(post(body(ANN, BOOK, 1)))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"title": "Unknown product", "productId": "%s", "field": "lines[0].productId"}
                        """.formatted(BOOK));
    }

    @Test
    void productWithoutAPriceIsAnUnprocessableProblemNamingTheProductAndItsLine() {
        given(quoting.quote(any(), any())).willThrow(QuoteRefusedException.noPrice(BOOK, 0, "EUR"));

        assertThat(post(body(ANN, BOOK, 1)))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"title": "No price", "productId": "%s", "field": "lines[0].productId",
                         "detail": "Product %s has no price in EUR"}
                        """.formatted(BOOK, BOOK));
    }

    @Test
    void missingUserIsABadRequestNamingTheField() {
        assertInvalidField(post("{\"lines\": [{\"productId\": \"%s\", \"quantity\": 1}]}".formatted(BOOK)), "userId");
        verifyNoInteractions(quoting);
    }

    @Test
    void noLinesIsABadRequestNamingTheField() {
        assertInvalidField(post("{\"userId\": \"%s\", \"lines\": []}".formatted(ANN)), "lines");
        verifyNoInteractions(quoting);
    }

    @Test
    void quantityZeroIsABadRequestNamingTheLine() {
        assertInvalidField(post(body(ANN, BOOK, 0)), "lines[0].quantity");
        verifyNoInteractions(quoting);
    }

    @Test
    void moreLinesThanAnOrderMayHaveIsABadRequestNamingTheField() {
        var line = "{\"productId\": \"%s\", \"quantity\": 1}".formatted(BOOK);
        var lines = String.join(",", java.util.Collections.nCopies(ShopLimits.MAX_LINES + 1, line));

        assertInvalidField(post("{\"userId\": \"%s\", \"lines\": [%s]}".formatted(ANN, lines)), "lines");
        verifyNoInteractions(quoting);
    }

    @Test
    void quantityAboveTheLimitIsABadRequestNamingTheLine() {
        assertInvalidField(post(body(ANN, BOOK, ShopLimits.MAX_QUANTITY + 1)), "lines[0].quantity");
        verifyNoInteractions(quoting);
    }

    @Test
    void productIdThatIsNoUuidIsABadRequestNamingTheField() {
        assertInvalidField(
                post("{\"userId\": \"%s\", \"lines\": [{\"productId\": \"book\", \"quantity\": 1}]}".formatted(ANN)),
                "lines[0].productId");
    }

    private MockMvcTester.MockMvcRequestBuilder post(String body) {
        return mvc.post()
                .uri("/api/quotes")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static String body(UUID userId, UUID productId, int quantity) {
        return """
                {"userId": "%s", "lines": [{"productId": "%s", "quantity": %d}]}
                """.formatted(userId, productId, quantity);
    }
}
