package dev.agora.shop.inventory.stock;

import static dev.agora.shop.testing.ProblemAnswers.assertInvalidField;
import static dev.agora.shop.testing.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.agora.shop.inventory.InventoryAccess;
import dev.agora.shop.testing.OperatorCaller;
import dev.agora.web.AgoraWebAutoConfiguration;
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

@WebMvcTest(StockController.class)
@ImportAutoConfiguration(AgoraWebAutoConfiguration.class)
@Import({InventoryAccess.class, OperatorCaller.class})
class StockControllerTest {

    private static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    StockService stock;

    @Test
    void stockOfAProductShowsAvailableAndReserved() {
        given(stock.level(PRODUCT)).willReturn(new StockLevel(PRODUCT, 7, 3));

        assertThat(mvc.get().uri("/api/stock/{id}", PRODUCT))
                .hasStatusOk()
                .bodyJson()
                .isEqualTo("""
                {"productId": "%s", "available": 7, "reserved": 3}
                """.formatted(PRODUCT));
    }

    @Test
    void unknownProductIsANotFoundProblemNamingIt() {
        given(stock.level(PRODUCT)).willThrow(new UnknownProductException(PRODUCT));

        assertProblem(mvc.get().uri("/api/stock/{id}", PRODUCT), HttpStatus.NOT_FOUND, """
                        {"status": 404, "title": "Unknown product", "productId": "%s"}
                        """.formatted(PRODUCT));
    }

    @Test
    void settingTheStockAnswersTheNewLevel() {
        given(stock.set(PRODUCT, 50)).willReturn(new StockLevel(PRODUCT, 50, 0));

        assertThat(mvc.put()
                        .uri("/api/stock/{id}", PRODUCT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"available": 50}"""))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.available")
                .isEqualTo(50);
    }

    @Test
    void negativeStockIsRefusedNamingTheField() {
        var result = mvc.put()
                .uri("/api/stock/{id}", PRODUCT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                {"available": -1}""");

        assertInvalidField(result, "available");
        verifyNoInteractions(stock);
    }

    @Test
    void missingStockIsRefusedNamingTheField() {
        assertInvalidField(
                mvc.put()
                        .uri("/api/stock/{id}", PRODUCT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                "available");
        verifyNoInteractions(stock);
    }

    @Test
    void additionOfNothingIsRefusedNamingTheField() {
        var result = mvc.post()
                .uri("/api/stock/{id}/additions", PRODUCT)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"quantity\": 0}");

        assertInvalidField(result, "quantity");
        verifyNoInteractions(stock);
    }

    @Test
    void additionAnswersTheNewLevel() {
        given(stock.add(PRODUCT, 5)).willReturn(new StockLevel(PRODUCT, 12, 1));

        assertThat(mvc.post()
                        .uri("/api/stock/{id}/additions", PRODUCT)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"quantity\": 5}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.available")
                .isEqualTo(12);
    }

    @Test
    void availabilitySaysWhetherTheQuantityIsThere() {
        given(stock.level(PRODUCT)).willReturn(new StockLevel(PRODUCT, 3, 0));

        assertThat(mvc.get().uri("/api/stock/{id}/availability?quantity=4", PRODUCT))
                .hasStatusOk()
                .bodyJson()
                .isEqualTo("""
                        {"productId": "%s", "requested": 4, "available": 3, "sufficient": false}
                        """.formatted(PRODUCT));
        assertThat(mvc.get().uri("/api/stock/{id}/availability?quantity=3", PRODUCT))
                .bodyJson()
                .extractingPath("$.sufficient")
                .isEqualTo(true);
    }

    @Test
    void availabilityOfLessThanOneIsRefusedNamingTheParameter() {
        assertInvalidField(mvc.get().uri("/api/stock/{id}/availability?quantity=0", PRODUCT), "quantity");
        verifyNoInteractions(stock);
    }

    @Test
    void listingIsPaged() {
        given(stock.page(2, 10)).willReturn(new StockPage(List.of(new StockLevel(PRODUCT, 1, 0)), 2, 10, 21));

        assertThat(mvc.get().uri("/api/stock?page=2&size=10"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"items": [{"productId": "%s"}], "page": 2, "size": 10, "total": 21}
                        """.formatted(PRODUCT));
    }

    @Test
    void pagesLargerThanFiveHundredAreRefusedNamingTheParameter() {
        assertInvalidField(mvc.get().uri("/api/stock?size=501"), "size");
        verifyNoInteractions(stock);
    }
}
