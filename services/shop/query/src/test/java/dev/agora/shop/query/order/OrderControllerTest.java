package dev.agora.shop.query.order;

import static dev.agora.shop.testing.ProblemAnswers.assertInvalidField;
import static dev.agora.shop.testing.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.HistoryOrder;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.PaymentStatus;
import dev.agora.shop.testing.OperatorCaller;
import dev.agora.web.AgoraWebAutoConfiguration;
import java.math.BigDecimal;
import java.time.Instant;
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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(OrderController.class)
@ImportAutoConfiguration(AgoraWebAutoConfiguration.class)
@Import({OperatorCaller.class, OrderAccess.class})
class OrderControllerTest {

    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID MUG = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    OrderQueries orders;

    @Test
    void historyIsOnePageOfTheUsersOrdersWithTheirTotalCount() {
        given(orders.countOf(USER)).willReturn(3L);
        given(orders.history(USER, 1, 2)).willReturn(List.of(order()));

        var result = mvc.get().uri("/api/users/{userId}/orders?page=1&size=2", USER);

        assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"userId": "%s", "page": 1, "size": 2, "totalOrders": 3,
                 "orders": [{"orderId": "%s", "status": "CONFIRMED", "mode": "SYNC",
                             "lines": [{"productName": "Mug", "quantity": 1, "unitPrice": 8.50, "lineTotal": 10.20}],
                             "subtotal": 8.50, "tax": 1.70, "total": 10.20, "paymentStatus": "CAPTURED"}]}
                """.formatted(USER, ORDER));
    }

    @Test
    void historyOfAKnownUserWithoutOrdersIsEmpty() {
        given(orders.countOf(USER)).willReturn(0L);
        given(orders.userKnown(USER)).willReturn(true);
        given(orders.history(USER, 0, 20)).willReturn(List.of());

        assertThat(mvc.get().uri("/api/users/{userId}/orders", USER))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.orders")
                .asArray()
                .isEmpty();
    }

    @Test
    void historyOfAnUnknownUserIsANotFoundProblemNamingTheUser() {
        given(orders.countOf(USER)).willReturn(0L);
        given(orders.userKnown(USER)).willReturn(false);

        assertProblem(mvc.get().uri("/api/users/{userId}/orders", USER), HttpStatus.NOT_FOUND, """
                        {"status": 404, "title": "Unknown user", "userId": "%s"}
                        """.formatted(USER));
    }

    @Test
    void pageSizeAboveOneHundredIsAProblemNamingTheParameter() {
        assertInvalidField(mvc.get().uri("/api/users/{userId}/orders?size=101", USER), "size");
        verifyNoInteractions(orders);
    }

    @Test
    void aMalformedOrderIdIsAProblemNamingIt() {
        assertThat(mvc.get().uri("/api/orders/{orderId}", "latest"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("orderId");
        verifyNoInteractions(orders);
    }

    @Test
    void aPageBeyondTheWholeNumbersIsAProblemNamingIt() {
        assertThat(mvc.get().uri("/api/users/{userId}/orders?page=99999999999", USER))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("page");
        verifyNoInteractions(orders);
    }

    @Test
    void unknownOrderIsANotFoundProblemNamingTheOrder() {
        given(orders.find(ORDER)).willReturn(Optional.empty());

        assertProblem(mvc.get().uri("/api/orders/{orderId}", ORDER), HttpStatus.NOT_FOUND, """
                        {"status": 404, "title": "Unknown order", "orderId": "%s"}
                        """.formatted(ORDER));
        verify(orders).find(ORDER);
    }

    @Test
    void aHistoryWithoutATokenIsAnUnauthorizedProblem() {
        assertThat(mvc.get().with(anonymous()).uri("/api/users/{userId}/orders", USER))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(orders);
    }

    @Test
    void aShopperReadsTheirOwnHistoryButNotAnotherUsersNorTheirOrders() {
        given(orders.countOf(USER)).willReturn(1L);
        given(orders.history(USER, 0, 20)).willReturn(List.of(order()));
        given(orders.find(ORDER)).willReturn(Optional.of(order()));

        assertThat(mvc.get().with(shopper(USER)).uri("/api/users/{userId}/orders", USER))
                .hasStatusOk();
        var someoneElse = shopper(UUID.randomUUID());
        assertThat(mvc.get().with(someoneElse).uri("/api/users/{userId}/orders", USER))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().with(someoneElse).uri("/api/orders/{orderId}", ORDER))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aTokenWithOnlyAServiceScopeCannotReadAHistory() {
        assertThat(mvc.get()
                        .with(jwt().authorities(new SimpleGrantedAuthority("SCOPE_payment.charge")))
                        .uri("/api/users/{userId}/orders", USER))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private static RequestPostProcessor shopper(UUID user) {
        return jwt().jwt(token -> token.claim("user_id", user.toString()))
                .authorities(new SimpleGrantedAuthority("SCOPE_shop"));
    }

    private static HistoryOrder order() {
        var line = new HistoryOrder.Line(
                MUG, "Mug", 1, new BigDecimal("8.50"), new BigDecimal("1.70"), new BigDecimal("10.20"));
        return HistoryOrders.of(
                new HistoryOrders.Header(
                        ORDER,
                        USER,
                        OrderStatus.CONFIRMED,
                        OrderMode.SYNC,
                        Instant.parse("2026-03-01T12:00:00Z"),
                        new BigDecimal("10.20"),
                        "EUR",
                        UUID.randomUUID(),
                        PaymentStatus.CAPTURED,
                        null),
                List.of(line));
    }
}
