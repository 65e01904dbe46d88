package dev.agora.shop.order.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.agora.shop.contracts.OrderLine;
import dev.agora.shop.contracts.OrderMode;
import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.contracts.api.StatusChange;
import dev.agora.shop.order.checkout.SyncCheckout;
import dev.agora.shop.order.orders.IdempotencyKey;
import dev.agora.shop.order.orders.NewOrder;
import dev.agora.shop.order.orders.Opening;
import dev.agora.shop.order.orders.Order;
import dev.agora.shop.order.orders.OrderBook;
import dev.agora.shop.order.orders.OrderItem;
import dev.agora.web.AgoraWebAutoConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(OrderController.class)
@ImportAutoConfiguration(AgoraWebAutoConfiguration.class)
@Import(OrderAccess.class)
class OrderControllerTest {

    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final Instant CREATED = Instant.parse("2026-11-23T10:00:00Z");
    private static final String BODY = """
            {"userId": "%s", "lines": [{"productId": "%s", "quantity": 2}]}""".formatted(USER, PRODUCT);

    /** The shopper USER, signed in through the portal: scope shop and their user id. */
    private static final RequestPostProcessor SHOPPER = shopper(USER);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AsyncPlacement asyncPlacement;

    @MockitoBean
    SyncCheckout syncCheckout;

    @MockitoBean
    OrderBook book;

    @Test
    void anAsyncOrderIsAcceptedPendingWithItsLocation() {
        given(asyncPlacement.accept(new NewOrder(USER, List.of(new OrderLine(PRODUCT, 2)), OrderMode.ASYNC), null))
                .willReturn(new Opening(pending(OrderMode.ASYNC), true));

        assertThat(post(BODY))
                .hasStatus(HttpStatus.ACCEPTED)
                .hasHeader("Location", "http://localhost/api/orders/" + ORDER)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"orderId": "%s", "userId": "%s", "mode": "ASYNC", "status": "PENDING",
                         "lines": [{"productId": "%s", "quantity": 2}],
                         "timeline": [{"status": "PENDING", "at": "2026-11-23T10:00:00Z"}]}
                        """.formatted(ORDER, USER, PRODUCT));
    }

    @Test
    void aRepeatUnderTheSameKeyAnswersOkWithTheFirstOrder() {
        given(asyncPlacement.accept(any(), eq(new IdempotencyKey("k-1"))))
                .willReturn(new Opening(pending(OrderMode.ASYNC), false));
        given(book.timeline(ORDER)).willReturn(List.of(new StatusChange(OrderStatus.PENDING, CREATED, null)));

        assertThat(mvc.post()
                        .with(SHOPPER)
                        .uri("/api/orders")
                        .header("Idempotency-Key", "k-1")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .hasStatusOk()
                .hasHeader("Idempotent-Replayed", "true")
                .bodyJson()
                .extractingPath("$.orderId")
                .isEqualTo(ORDER.toString());
    }

    @Test
    void aSyncOrderGoesToTheCheckout() {
        given(syncCheckout.place(any(), any())).willReturn(new Opening(pending(OrderMode.SYNC), true));

        assertThat(post("""
                        {"userId": "%s", "lines": [{"productId": "%s", "quantity": 2}], "mode": "SYNC"}""".formatted(USER, PRODUCT))).hasStatus(HttpStatus.CREATED);
        verifyNoInteractions(asyncPlacement);
    }

    @Test
    void aMissingUserIsAProblemNamingTheField() {
        assertThat(post("""
                        {"lines": [{"productId": "%s", "quantity": 2}]}""".formatted(PRODUCT)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("userId");
        verifyNoInteractions(asyncPlacement, syncCheckout);
    }

    @Test
    void noLinesIsAProblemNamingLines() {
        assertThat(post("""
                        {"userId": "%s", "lines": []}""".formatted(USER)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("lines");
    }

    @Test
    void aQuantityBelowOneIsAProblemNamingTheLine() {
        assertThat(post("""
                        {"userId": "%s", "lines": [{"productId": "%s", "quantity": 0}]}""".formatted(USER, PRODUCT)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("lines[0].quantity");
    }

    @Test
    void theSameProductTwiceIsAProblemNamingLines() {
        assertThat(post("""
                        {"userId": "%s", "lines": [{"productId": "%s", "quantity": 1}, {"productId": "%s", "quantity": 2}]}""".formatted(USER, PRODUCT, PRODUCT)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"detail": "'lines' must name each product once",
                         "errors": [{"field": "lines", "message": "must name each product once"}]}""");
        verifyNoInteractions(asyncPlacement);
    }

    @Test
    void anUnknownModeIsAProblemNamingMode() {
        assertThat(post("""
                        {"userId": "%s", "lines": [{"productId": "%s", "quantity": 1}], "mode": "FAST"}""".formatted(USER, PRODUCT)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("mode");
    }

    @Test
    void anIdempotencyKeyOverTwoHundredCharactersIsAProblemNamingTheHeader() {
        assertThat(mvc.post()
                        .with(SHOPPER)
                        .uri("/api/orders")
                        .header("Idempotency-Key", "k".repeat(201))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.header")
                .isEqualTo("Idempotency-Key");
        verifyNoInteractions(asyncPlacement);
    }

    @Test
    void anOrderIsShownWithItsTimeline() {
        given(book.find(ORDER)).willReturn(Optional.of(pending(OrderMode.ASYNC)));
        given(book.timeline(ORDER)).willReturn(List.of(new StatusChange(OrderStatus.PENDING, CREATED, null)));

        assertThat(mvc.get().with(SHOPPER).uri("/api/orders/{id}", ORDER))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        {"orderId": "%s", "status": "PENDING", "createdAt": "2026-11-23T10:00:00Z",
                         "timeline": [{"status": "PENDING"}]}""".formatted(ORDER));
    }

    @Test
    void anUnknownOrderIsANotFoundProblemNamingIt() {
        given(book.find(ORDER)).willReturn(Optional.empty());

        assertThat(mvc.get().with(SHOPPER).uri("/api/orders/{id}", ORDER))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.orderId")
                .isEqualTo(ORDER.toString());
    }

    @Test
    void anUnreadableOrderIdIsAProblemNamingTheParameter() {
        assertThat(mvc.get().with(SHOPPER).uri("/api/orders/latest"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("id");
    }

    @Test
    void aUsersOrdersAreListedWithTheirTimelines() {
        given(book.ofUser(USER, 100)).willReturn(List.of(pending(OrderMode.ASYNC)));
        given(book.timelines(List.of(ORDER)))
                .willReturn(Map.of(ORDER, List.of(new StatusChange(OrderStatus.PENDING, CREATED, null))));

        assertThat(mvc.get().with(SHOPPER).uri("/api/orders").param("userId", USER.toString()))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                        [{"orderId": "%s", "timeline": [{"status": "PENDING"}]}]""".formatted(ORDER));
    }

    @Test
    void aLimitAboveOneThousandIsAProblemNamingIt() {
        assertThat(mvc.get()
                        .with(SHOPPER)
                        .uri("/api/orders")
                        .param("userId", USER.toString())
                        .param("limit", "1001"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("limit");
    }

    @Test
    void anOrderWithoutATokenIsAnUnauthorizedProblem() {
        assertThat(mvc.post()
                        .uri("/api/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(asyncPlacement, syncCheckout);
    }

    @Test
    void aShopperCannotOrderForAnotherUser() {
        assertThat(mvc.post()
                        .with(shopper(UUID.randomUUID()))
                        .uri("/api/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("User " + USER + " is another user's");
        verifyNoInteractions(asyncPlacement, syncCheckout);
    }

    @Test
    void aTokenWithAnotherServicesScopeCannotOrder() {
        assertThat(mvc.post()
                        .with(jwt().authorities(new SimpleGrantedAuthority("SCOPE_inventory.reserve")))
                        .uri("/api/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BODY))
                .hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(asyncPlacement, syncCheckout);
    }

    @Test
    void aShopperCannotReadAnotherUsersOrderNorTheirList() {
        given(book.find(ORDER)).willReturn(Optional.of(pending(OrderMode.ASYNC)));
        var someoneElse = shopper(UUID.randomUUID());

        assertThat(mvc.get().with(someoneElse).uri("/api/orders/{id}", ORDER)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().with(someoneElse).uri("/api/orders?userId={user}", USER))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void anOperatorMayReadAnyonesOrder() {
        given(book.find(ORDER)).willReturn(Optional.of(pending(OrderMode.ASYNC)));
        given(book.timeline(ORDER)).willReturn(List.of(new StatusChange(OrderStatus.PENDING, CREATED, null)));

        assertThat(mvc.get()
                        .with(jwt().authorities(new SimpleGrantedAuthority("SCOPE_ops")))
                        .uri("/api/orders/{id}", ORDER))
                .hasStatusOk();
    }

    private static RequestPostProcessor shopper(UUID user) {
        return jwt().jwt(token -> token.subject("ann@example.org").claim("user_id", user.toString()))
                .authorities(new SimpleGrantedAuthority("SCOPE_shop"));
    }

    private MvcTestResult post(String body) {
        return mvc.post()
                .with(SHOPPER)
                .uri("/api/orders")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private static Order pending(OrderMode mode) {
        return new Order(
                ORDER,
                USER,
                mode,
                OrderStatus.PENDING,
                List.of(new OrderItem(PRODUCT, 2, null, null, null, null)),
                null,
                null,
                null,
                null,
                null,
                null,
                CREATED);
    }
}
