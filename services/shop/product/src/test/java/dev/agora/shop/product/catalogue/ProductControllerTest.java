package dev.agora.shop.product.catalogue;

import static dev.agora.shop.testing.ProblemAnswers.assertInvalidField;
import static dev.agora.shop.testing.ProblemAnswers.assertInvalidFields;
import static dev.agora.shop.testing.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.agora.shop.testing.OperatorCaller;
import dev.agora.web.AgoraWebAutoConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The HTTP contract: what is valid, which problems name what, and what reaches the catalogue. */
@WebMvcTest(ProductController.class)
// service-web registers its problem responses as an auto-configuration, which the MVC slice does not load
@ImportAutoConfiguration(AgoraWebAutoConfiguration.class)
@Import({ProductAccess.class, OperatorCaller.class})
class ProductControllerTest {

    private static final UUID BOOK_ID = UUID.fromString("0190c0de-0000-7000-8000-000000000002");
    private static final Instant CREATED = Instant.parse("2026-11-23T09:00:00Z");
    private static final Product BOOK = new Product(BOOK_ID, "Dune", "A desert planet", "books", CREATED, CREATED);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    Catalogue catalogue;

    @Test
    void addingAnswersCreatedWithTheProductAndItsLocation() {
        given(catalogue.add(any())).willReturn(BOOK);

        var result = post("""
                {"name": "Dune", "description": "A desert planet", "category": "books"}""");

        assertThat(result)
                .hasStatus(HttpStatus.CREATED)
                .hasHeader("Location", "http://localhost/api/products/" + BOOK_ID)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"productId": "%s", "name": "Dune", "description": "A desert planet", "category": "books",
                         "createdAt": "2026-11-23T09:00:00Z", "updatedAt": "2026-11-23T09:00:00Z"}
                        """.formatted(BOOK_ID));
        verify(catalogue).add(new ProductDetails("Dune", "A desert planet", "books"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"books", "home garden", "e-books", "consumer electronics"})
    void categoryIsLowercaseWordsJoinedBySpacesOrHyphens(String category) {
        given(catalogue.add(any())).willReturn(BOOK);

        assertThat(post("""
                        {"name": "Dune", "description": "", "category": "%s"}""".formatted(category))).hasStatus(HttpStatus.CREATED);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "name        | {\"name\": \" \", \"description\": \"d\", \"category\": \"books\"}",
                "name        | {\"description\": \"d\", \"category\": \"books\"}",
                "description | {\"name\": \"Dune\", \"category\": \"books\"}",
                "category    | {\"name\": \"Dune\", \"description\": \"d\"}",
                "category    | {\"name\": \"Dune\", \"description\": \"d\", \"category\": \"Books\"}",
                "category    | {\"name\": \"Dune\", \"description\": \"d\", \"category\": \"books2\"}",
                "category    | {\"name\": \"Dune\", \"description\": \"d\", \"category\": \"home  garden\"}",
                "category    | {\"name\": \"Dune\", \"description\": \"d\", \"category\": \"books,music\"}",
                "category    | {\"name\": \"Dune\", \"description\": \"d\", \"category\": \"\"}",
            })
    void invalidDetailsAreAProblemNamingTheField(String field, String body) {
        assertInvalidFields(post(body), field);
        verifyNoInteractions(catalogue);
    }

    @Test
    void invalidCategoryIsExplainedInTheProblem() {
        assertThat(post("""
                        {"name": "Dune", "description": "d", "category": "Books"}""")).bodyJson().isLenientlyEqualTo("""
                        {"title": "Invalid request",
                         "errors": [{"field": "category",
                                     "message": "must be lowercase words such as books or home garden"}]}""");
    }

    @Test
    void tooLongDescriptionIsAProblemNamingTheField() {
        var body = """
                {"name": "Dune", "description": "%s", "category": "books"}""".formatted("x".repeat(4001));

        assertInvalidField(post(body), "description");
    }

    @Test
    void updateReplacesTheDetailsOfTheProductInThePath() {
        given(catalogue.update(any(), any())).willReturn(BOOK);

        var result = mvc.put()
                .uri("/api/products/{id}", BOOK_ID)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "Dune", "description": "A desert planet", "category": "books"}""");

        assertThat(result)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.productId")
                .isEqualTo(BOOK_ID.toString());
        verify(catalogue).update(BOOK_ID, new ProductDetails("Dune", "A desert planet", "books"));
    }

    @Test
    void invalidUpdateIsAProblemNamingTheField() {
        var result = mvc.put()
                .uri("/api/products/{id}", BOOK_ID)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "Dune", "description": "d", "category": "BOOKS"}""");

        assertInvalidField(result, "category");
        verifyNoInteractions(catalogue);
    }

    @Test
    void unknownProductIsANotFoundProblemNamingTheId() {
        given(catalogue.find(BOOK_ID)).willThrow(new ProductNotFoundException(BOOK_ID));

        assertProblem(mvc.get().uri("/api/products/{id}", BOOK_ID), HttpStatus.NOT_FOUND, """
                        {"status": 404, "title": "Product not found", "productId": "%s"}""".formatted(BOOK_ID));
    }

    @Test
    void listingPassesTheCategoryAndPageAsked() {
        given(catalogue.list("books", 10, 30)).willReturn(new Page<>(List.of(BOOK), 10, 30, 31));

        assertThat(mvc.get().uri("/api/products?category=books&limit=10&offset=30"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"items": [{"productId": "%s"}], "limit": 10, "offset": 30, "total": 31}""".formatted(BOOK_ID));
    }

    @Test
    void listingWithoutParametersGivesTheFirstTwentyOfAllCategories() {
        given(catalogue.list(null, 20, 0)).willReturn(new Page<>(List.of(), 20, 0, 0));

        assertThat(mvc.get().uri("/api/products")).hasStatusOk();
        verify(catalogue).list(null, 20, 0);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"limit, 0", "limit, 101", "offset, -1", "category, Books"})
    void listingParameterOutOfBoundsIsAProblemNamingIt(String parameter, String value) {
        assertInvalidField(mvc.get().uri("/api/products").param(parameter, value), parameter);
        verifyNoInteractions(catalogue);
    }

    private MvcTestResult post(String body) {
        return mvc.post()
                .uri("/api/products")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }
}
