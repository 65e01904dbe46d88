package dev.agora.shop.pricing;

import static dev.agora.shop.testing.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.agora.messaging.test.PublishedEvents;
import dev.agora.shop.contracts.events.PriceChanged;
import dev.agora.shop.contracts.events.ProductCreated;
import dev.agora.shop.contracts.events.ProductUpdated;
import dev.agora.shop.contracts.events.UserCreated;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Prices, tax rules and quotes over HTTP, on the real database, with copies fed by events through the broker. */
class PricingApiIT extends RunningPricingService {

    private PublishedEvents out;

    private final UUID bob = UUID.randomUUID();
    private final UUID product = UUID.randomUUID();

    @BeforeEach
    void watchPriceChanges() {
        out = PublishedEvents.subscribe(rabbit, json, "price.changed");
    }

    @Test
    void migrationSeedsTaxRulesForAnyCategoryAnywhereAndSomeCategoriesAndCountries() {
        assertThat(mvc.get().uri("/api/tax-rules")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        [{"category": "*", "country": "*", "rate": 0.2},
                         {"category": "*", "country": "DE", "rate": 0.19},
                         {"category": "*", "country": "FR", "rate": 0.2},
                         {"category": "books", "country": "DE", "rate": 0.07},
                         {"category": "books", "country": "FR", "rate": 0.055},
                         {"category": "food", "country": "*", "rate": 0.055}]
                        """);
    }

    @Test
    void newOrChangedPriceIsAnnouncedAndTheSamePriceAgainIsNot() {
        publish(new ProductCreated(product, "Atlas", "", "maps"));
        setPrice(product, "12.50");
        setPrice(product, "12.5");
        assertThat(mvc.get().uri("/api/prices/{productId}", product))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.unitPrice")
                .isEqualTo(12.50);
        setPrice(product, "13.00");

        assertThat(priceChangesInTheOutbox()).isEqualTo(2);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(out.of(
                                "price.changed",
                                PriceChanged.class,
                                changed -> changed.productId().equals(product)))
                        .extracting(PriceChanged::unitPrice)
                        .containsExactlyInAnyOrder(new BigDecimal("12.50"), new BigDecimal("13.00")));
    }

    @Test
    void quoteTaxesByTheCategoryFromProductEventsAndTheCountryFromUserEvents() {
        publish(new ProductCreated(product, "Baguette", "", "food"), user("DE"));
        setPrice(product, "10.00");

        // food anywhere (5.5 %) is more specific than anything in DE (19 %)
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(quote(3)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                        {"lines": [{"quantity": 3, "unitPrice": 10.00, "taxRate": 0.055, "tax": 1.65,
                                    "lineTotal": 31.65}],
                         "subtotal": 30.00, "tax": 1.65, "total": 31.65, "currency": "EUR"}
                        """));
    }

    @Test
    void productUpdatedChangesTheRateOfTheNextQuote() {
        publish(new ProductCreated(product, "Atlas", "", "maps"), user("DE"));
        setPrice(product, "10.00");
        await().atMost(PATIENCE)
                .untilAsserted(() ->
                        assertThat(quote(1)).bodyJson().extractingPath("$.tax").isEqualTo(1.90));

        publish(new ProductUpdated(product, "Atlas", "", "books"));

        await().atMost(PATIENCE)
                .untilAsserted(() ->
                        assertThat(quote(1)).bodyJson().extractingPath("$.tax").isEqualTo(0.70));
    }

    @Test
    void taxRulePutOverHttpAppliesToTheNextQuoteAndItsRemovalFallsBack() {
        publish(new ProductCreated(product, "Kite", "", "kites"), user("DE"));
        setPrice(product, "10.00");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(quote(1)).hasStatusOk());

        assertThat(mvc.put()
                        .uri("/api/tax-rules/Kites/de")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rate\": 0.1}"))
                .hasStatusOk();
        assertThat(quote(1)).bodyJson().extractingPath("$.tax").isEqualTo(1.00);

        assertThat(mvc.delete().uri("/api/tax-rules/kites/DE")).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(quote(1)).bodyJson().extractingPath("$.tax").isEqualTo(1.90);
    }

    @Test
    void quoteForAUserPricingHasNotHeardOfIsAnUnprocessableProblemNamingTheUser() {
        publish(new ProductCreated(product, "Kite", "", "kites"));
        setPrice(product, "10.00");

        assertThat(quote(1))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"title": "Unknown user", "userId": "%s", "field": "userId"}
                        """.formatted(bob));
    }

    @Test
    void aPriceForAProductPricingHasNotHeardOfIsANotFoundProblemAndSetsNothing() {
        assertProblem(
                putPrice(product, "12.50"),
                HttpStatus.NOT_FOUND,
                "{\"title\": \"Unknown product\", \"productId\": \"%s\"}".formatted(product));

        assertThat(mvc.get().uri("/api/prices/{productId}", product)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(priceChangesInTheOutbox()).isZero();
    }

    @Test
    void openApiDocumentDescribesTheEndpointsWithTheTaxRuleScopeInThePath() {
        var document = assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson();

        document.extractingPath("$.paths['/api/quotes'].post.tags[0]").isEqualTo("Quotes");
        document.extractingPath("$.paths['/api/prices/{productId}'].put.tags[0]")
                .isEqualTo("Prices");
        document.extractingPath("$.paths['/api/tax-rules/{category}/{country}'].put.parameters[*].in")
                .asArray()
                .containsExactly("path", "path");
    }

    private MockMvcTester.MockMvcRequestBuilder quote(int quantity) {
        return mvc.post()
                .uri("/api/quotes")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"userId": "%s", "lines": [{"productId": "%s", "quantity": %d}]}
                        """.formatted(bob, product, quantity));
    }

    private int priceChangesInTheOutbox() {
        return servers.jdbc()
                .queryForObject(
                        "SELECT count(*) FROM agora_outbox WHERE event_name = 'price.changed'"
                                + " AND convert_from(body, 'UTF8') LIKE ?",
                        Integer.class,
                        "%" + product + "%");
    }

    private UserCreated user(String country) {
        return new UserCreated(bob, "Bob", "bob@example.org", country);
    }
}
