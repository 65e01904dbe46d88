package dev.agora.shop.pricing.tax;

import static dev.agora.shop.testing.ProblemAnswers.assertInvalidField;
import static dev.agora.shop.testing.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.agora.shop.pricing.PricingAccess;
import dev.agora.shop.testing.OperatorCaller;
import dev.agora.web.AgoraWebAutoConfiguration;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(TaxRuleController.class)
@ImportAutoConfiguration(AgoraWebAutoConfiguration.class)
@Import({PricingAccess.class, OperatorCaller.class})
class TaxRuleControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TaxRules rules;

    @Test
    void puttingARuleAnswersItInNormalForm() {
        given(rules.put("books", "FR", new BigDecimal("0.055")))
                .willReturn(new TaxRule("Books", "fr", new BigDecimal("0.055")));

        assertThat(put("/api/tax-rules/Books/fr", "{\"rate\": 0.055}"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("{\"category\": \"books\", \"country\": \"FR\", \"rate\": 0.055}");
    }

    @Test
    void ruleForAnyCategoryAnywhereCanBePut() {
        given(rules.put("*", "*", new BigDecimal("0.2"))).willReturn(new TaxRule("*", "*", new BigDecimal("0.2")));

        assertThat(put("/api/tax-rules/*/*", "{\"rate\": 0.2}")).hasStatusOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "1.5", "0.12345", "null"})
    void rateOutsideZeroToOneIsABadRequestNamingIt(String rate) {
        assertInvalidField(put("/api/tax-rules/books/FR", "{\"rate\": %s}".formatted(rate)), "rate");
        verifyNoInteractions(rules);
    }

    @Test
    void countryThatIsNoTwoLetterCodeIsABadRequestNamingIt() {
        assertInvalidField(put("/api/tax-rules/books/FRA", "{\"rate\": 0.055}"), "country");
        verifyNoInteractions(rules);
    }

    @Test
    void categoryWithAWildcardInsideIsABadRequestNamingIt() {
        assertInvalidField(put("/api/tax-rules/bo*ks/FR", "{\"rate\": 0.055}"), "category");
    }

    @Test
    void categoryLongerThanItsColumnOnceLowerCasedIsABadRequestNamingIt() {
        // İ lower-cases to two characters: 60 of them are 120 in the normal form, stored in varchar(100)
        assertInvalidField(put("/api/tax-rules/" + "İ".repeat(60) + "/FR", "{\"rate\": 0.055}"), "category");
        verifyNoInteractions(rules);
    }

    @Test
    void categoryThatFitsItsColumnOnceLowerCasedIsPutInNormalForm() {
        var normal = "i\u0307".repeat(50);
        given(rules.put(normal, "FR", new BigDecimal("0.055")))
                .willReturn(new TaxRule(normal, "FR", new BigDecimal("0.055")));

        assertThat(put("/api/tax-rules/" + "İ".repeat(50) + "/FR", "{\"rate\": 0.055}"))
                .hasStatusOk();
    }

    @Test
    void deletingAMalformedRuleIsABadRequestNamingTheField() {
        assertInvalidField(mvc.delete().uri("/api/tax-rules/books/FRA"), "country");
        verifyNoInteractions(rules);
    }

    @Test
    void deletingARuleAnswersNoContent() {
        given(rules.remove("books", "FR")).willReturn(true);

        assertThat(mvc.delete().uri("/api/tax-rules/books/FR")).hasStatus(HttpStatus.NO_CONTENT);
    }

    @Test
    void deletingAnUnknownRuleIsANotFoundProblemNamingIt() {
        given(rules.remove("toys", "IT")).willReturn(false);

        assertProblem(
                mvc.delete().uri("/api/tax-rules/toys/IT"),
                HttpStatus.NOT_FOUND,
                "{\"title\": \"Unknown tax rule\", \"category\": \"toys\", \"country\": \"IT\"}");
    }

    @Test
    void listAnswersEveryRule() {
        given(rules.all()).willReturn(List.of(new TaxRule("books", "FR", new BigDecimal("0.055"))));

        assertThat(mvc.get().uri("/api/tax-rules"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("[{\"category\": \"books\", \"country\": \"FR\", \"rate\": 0.055}]");
    }

    private MockMvcTester.MockMvcRequestBuilder put(String uri, String body) {
        return mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
