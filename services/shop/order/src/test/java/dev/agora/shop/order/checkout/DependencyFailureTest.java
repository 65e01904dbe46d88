package dev.agora.shop.order.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.order.checkout.Compensation.Refund;
import dev.agora.shop.order.checkout.DependencyFailedException.Kind;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.UUID;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.client.ResourceAccessException;

/** How a failed call is classified, what it may have left behind, and the problem the client gets. */
class DependencyFailureTest {

    @Test
    void aRefusedConnectionIsAnUnreachableServiceThatDidNothingAndIsNotTriedAgain() {
        var failure = DependencyFailedException.of(
                "payment",
                new ResourceAccessException("I/O error", new HttpHostConnectException("Connection refused")));

        assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(failure.httpStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(failure.mayHaveActed()).isFalse();
        assertThat(DependencyFailedException.brokeOff(failure)).isFalse();
    }

    @Test
    void aConnectTimeoutOrNoFreePooledConnectionIsAnUnreachableService() {
        var connect = DependencyFailedException.of(
                "inventory", new ResourceAccessException("I/O error", new ConnectTimeoutException("timed out")));
        var pool = DependencyFailedException.of(
                "inventory",
                new ResourceAccessException("I/O error", new ConnectionRequestTimeoutException("pool exhausted")));

        assertThat(connect.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(pool.kind()).isEqualTo(Kind.UNREACHABLE);
    }

    @Test
    void aResponseTimeoutIsAGatewayTimeoutThatMayHaveActedAndIsNotTriedAgain() {
        var failure = DependencyFailedException.of(
                "payment", new ResourceAccessException("I/O error", new SocketTimeoutException("Read timed out")));

        assertThat(failure.kind()).isEqualTo(Kind.TIMED_OUT);
        assertThat(failure.httpStatus()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(failure.mayHaveActed()).isTrue();
        assertThat(DependencyFailedException.brokeOff(failure)).isFalse();
    }

    @Test
    void aConnectionThatBrokeOffBeforeAnAnswerMayHaveActedAndIsTriedAgain() {
        var failure = DependencyFailedException.of(
                "payment",
                new ResourceAccessException("I/O error", new NoHttpResponseException("127.0.0.1 failed to respond")));

        assertThat(failure.kind()).isEqualTo(Kind.BROKEN);
        assertThat(failure.mayHaveActed()).isTrue();
        assertThat(DependencyFailedException.brokeOff(failure)).isTrue();
    }

    @Test
    void anUnreadableAnswerMayHaveActedAndIsNotTriedAgain() {
        var failure = DependencyFailedException.unreadable("payment", 201, new IllegalStateException("not JSON"));

        assertThat(failure.mayHaveActed()).isTrue();
        assertThat(DependencyFailedException.brokeOff(failure)).isFalse();
    }

    @Test
    void a503SaysNothingWasDoneButAnother5xxDoesNot() {
        assertThat(DependencyFailedException.answered("payment", 503, null).mayHaveActed())
                .isFalse();
        assertThat(DependencyFailedException.answered("payment", 500, null).mayHaveActed())
                .isTrue();
        assertThat(DependencyFailedException.answered("payment", 400, null).mayHaveActed())
                .isFalse();
    }

    @Test
    void anOpenCircuitCalledNothing() {
        var failure = DependencyFailedException.circuitOpen("pricing");

        assertThat(failure.mayHaveActed()).isFalse();
        assertThat(failure.getMessage()).contains("pricing", "circuit breaker open");
    }

    @Test
    void aRefusalKeepsTheDependencysStatusAndPassesTheProductThrough() {
        var productId = UUID.randomUUID().toString();
        var refusal = new DependencyRefusedException(
                "inventory",
                409,
                Map.of("title", "Insufficient stock", "detail", "only 1 left", "productId", productId));

        var problem = CheckoutProblems.of(refusal, UUID.randomUUID(), OrderStatus.REJECTED, null);

        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(problem.getBody().getTitle()).isEqualTo("Insufficient stock");
        assertThat(problem.getBody().getDetail()).startsWith("inventory refused the order: only 1 left");
        assertThat(problem.getBody().getProperties())
                .containsEntry("dependency", "inventory")
                .containsEntry("productId", productId)
                .containsEntry("orderStatus", OrderStatus.REJECTED)
                .containsKey("dependencyProblem");
    }

    @Test
    void aFailureNamesTheDependencyInTitleAndProperty() {
        var problem = CheckoutProblems.of(
                DependencyFailedException.answered("payment", 503, Map.of("detail", "provider failed")),
                UUID.randomUUID(),
                OrderStatus.REJECTED,
                null);

        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(problem.getBody().getTitle()).isEqualTo("Payment unavailable");
        assertThat(problem.getBody().getDetail()).startsWith("payment failed with HTTP 503: provider failed");
        assertThat(problem.getBody().getProperties()).containsEntry("dependency", "payment");
    }

    @Test
    void aFailureAfterTheChargeKeepsItsOwnStatusAndTitleAndSaysThePaymentWasRefunded() {
        var orderId = UUID.randomUUID();
        var expired = new ErrorResponseException(
                HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "it expired"), null);
        expired.getBody().setTitle("Order expired");

        var problem = CheckoutProblems.afterPayment(expired, orderId, OrderStatus.EXPIRED, Refund.REFUNDED);

        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(problem.getBody().getTitle()).isEqualTo("Order expired");
        assertThat(problem.getBody().getDetail())
                .isEqualTo("Order " + orderId + " was charged, then not completed: it expired. The order is expired:"
                        + " its stock is released and the payment refunded.");
        assertThat(problem.getBody().getProperties())
                .containsEntry("refund", Refund.REFUNDED)
                .containsEntry("orderStatus", OrderStatus.EXPIRED);
    }

    @Test
    void anUnexpectedFailureAfterTheChargeIsA500ThatShowsNoInternals() {
        var problem = CheckoutProblems.afterPayment(
                new IllegalStateException("numeric field overflow in UPDATE orders"),
                UUID.randomUUID(),
                OrderStatus.CANCELLED,
                Refund.PENDING);

        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(problem.getBody().getDetail())
                .doesNotContain("numeric", "UPDATE")
                .endsWith("its stock is released and the payment is refunded as soon as the payment service can.");
    }
}
