package dev.agora.shop.inventory.reservation;

import static dev.agora.shop.testing.ProblemAnswers.assertInvalidField;
import static dev.agora.shop.testing.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.ShopLimits;
import dev.agora.shop.contracts.api.Reservation;
import dev.agora.shop.inventory.InventoryAccess;
import dev.agora.shop.inventory.reservation.ReservationService.ReservationOutcome;
import dev.agora.shop.inventory.stock.StockShortageException;
import dev.agora.shop.testing.OperatorCaller;
import dev.agora.web.AgoraWebAutoConfiguration;
import java.util.List;
import java.util.Optional;
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

@WebMvcTest(ReservationController.class)
@ImportAutoConfiguration(AgoraWebAutoConfiguration.class)
@Import({InventoryAccess.class, OperatorCaller.class})
class ReservationControllerTest {

    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final List<OrderLine> LINES = List.of(new OrderLine(PRODUCT, 2));
    private static final String REQUEST = """
            {"orderId": "%s", "lines": [{"productId": "%s", "quantity": 2}]}""".formatted(ORDER, PRODUCT);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ReservationService reservations;

    @Test
    void newReservationIsCreatedWithItsLocation() {
        given(reservations.reserve(ORDER, LINES))
                .willReturn(new ReservationOutcome(new Reservation(ORDER, LINES, "RESERVED"), true));

        assertThat(mvc.post()
                        .uri("/api/reservations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REQUEST))
                .hasStatus(HttpStatus.CREATED)
                .hasHeader("Location", "/api/reservations/" + ORDER)
                .bodyJson()
                .isEqualTo("""
                        {"orderId": "%s", "lines": [{"productId": "%s", "quantity": 2}], "status": "RESERVED"}
                        """.formatted(ORDER, PRODUCT));
    }

    @Test
    void repeatedReservationAnswersTheExistingOneWithOk() {
        given(reservations.reserve(ORDER, LINES))
                .willReturn(new ReservationOutcome(new Reservation(ORDER, LINES, "RESERVED"), false));

        assertThat(mvc.post()
                        .uri("/api/reservations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REQUEST))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("RESERVED");
    }

    @Test
    void insufficientStockIsAConflictProblemNamingTheProductRequestedAndAvailable() {
        given(reservations.reserve(ORDER, LINES)).willThrow(new StockShortageException(PRODUCT, 2, 1));

        assertProblem(
                mvc.post()
                        .uri("/api/reservations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(REQUEST),
                HttpStatus.CONFLICT,
                """
                        {"status": 409, "title": "Insufficient stock", "productId": "%s", "requested": 2,
                         "available": 1, "detail": "Product %s: 2 requested, 1 available"}
                        """.formatted(PRODUCT, PRODUCT));
    }

    @Test
    void reservationWithoutLinesIsRefusedNamingTheField() {
        var result = mvc.post()
                .uri("/api/reservations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"orderId\": \"%s\", \"lines\": []}".formatted(ORDER));

        assertInvalidField(result, "lines");
        verifyNoInteractions(reservations);
    }

    @Test
    void lineWithoutQuantityOrProductIsRefusedNamingEachField() {
        var result = mvc.post()
                .uri("/api/reservations")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                {"lines": [{"productId": "%s", "quantity": 0}, {"quantity": 1}]}""".formatted(PRODUCT));

        assertThat(result)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("orderId", "lines[0].quantity", "lines[1].productId");
        verifyNoInteractions(reservations);
    }

    @Test
    void releaseAnswersNoContent() {
        given(reservations.release(ORDER)).willReturn(true);

        assertThat(mvc.delete().uri("/api/reservations/{id}", ORDER)).hasStatus(HttpStatus.NO_CONTENT);
        verify(reservations).release(ORDER);
    }

    @Test
    void releasingTheReservationOfAnUnknownOrderIsANotFoundProblemNamingIt() {
        given(reservations.release(ORDER)).willReturn(false);

        assertThat(mvc.delete().uri("/api/reservations/{id}", ORDER))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.orderId")
                .isEqualTo(ORDER.toString());
    }

    @Test
    void anOrderIdThatIsNoUuidIsABadRequestNamingIt() {
        assertThat(mvc.delete().uri("/api/reservations/{id}", "order-1"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("orderId");
        verifyNoInteractions(reservations);
    }

    @Test
    void moreLinesThanAnOrderMayHaveIsRefusedNamingTheField() {
        var line = "{\"productId\": \"%s\", \"quantity\": 1}".formatted(UUID.randomUUID());
        var lines = String.join(",", java.util.Collections.nCopies(ShopLimits.MAX_LINES + 1, line));

        assertInvalidField(
                mvc.post()
                        .uri("/api/reservations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"orderId\": \"%s\", \"lines\": [%s]}".formatted(ORDER, lines)),
                "lines");
        verifyNoInteractions(reservations);
    }

    @Test
    void reservationIsFoundByItsOrder() {
        given(reservations.find(ORDER)).willReturn(Optional.of(new Reservation(ORDER, LINES, "CONFIRMED")));

        assertThat(mvc.get().uri("/api/reservations/{id}", ORDER))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("CONFIRMED");
    }

    @Test
    void unknownOrderIsANotFoundProblemNamingIt() {
        given(reservations.find(any())).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/reservations/{id}", ORDER))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.orderId")
                .isEqualTo(ORDER.toString());
    }
}
