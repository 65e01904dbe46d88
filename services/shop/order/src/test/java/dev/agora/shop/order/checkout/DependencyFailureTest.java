package dev.agora.shop.order.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.order.checkout.DependencyFailedException.Kind;
import dev.agora.shop.order.orders.OrderStatus;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.ResourceAccessException;

/** How a failed call is classified, what it may have left behind, and the problem the client gets. */
class DependencyFailureTest {

    @Test
    void aRefusedConnectionIsAnUnreachableServiceThatDidNothing() {
        var failure = DependencyFailedException.of(
                "payment", new ResourceAccessException("I/O error", new ConnectException("Connection refused")));

        assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(failure.httpStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(failure.mayHaveActed()).isFalse();
    }

    @Test
    void aConnectTimeoutIsAnUnreachableService() {
        var failure = DependencyFailedException.of(
                "inventory", new ResourceAccessException("I/O error", new HttpConnectTimeoutException("timed out")));

        assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
    }

    @Test
    void aReadTimeoutIsAGatewayTimeoutThatMayHaveActed() {
        var failure = DependencyFailedException.of(
                "payment",
                new ResourceAccessException(
                        "I/O error", new IOException("wrapped", new HttpTimeoutException("request timed out"))));

        assertThat(failure.kind()).isEqualTo(Kind.TIMED_OUT);
        assertThat(failure.httpStatus()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(failure.mayHaveActed()).isTrue();
    }

    @Test
    void anExchangeThatBrokeOffMayHaveActed() {
        var failure = DependencyFailedException.of(
                "payment", new ResourceAccessException("I/O error", new IOException("connection reset")));

        assertThat(failure.kind()).isEqualTo(Kind.BROKEN);
        assertThat(failure.mayHaveActed()).isTrue();
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

        var problem = CheckoutProblems.of(refusal, UUID.randomUUID(), OrderStatus.REJECTED);

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
                OrderStatus.REJECTED);

        assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(problem.getBody().getTitle()).isEqualTo("Payment unavailable");
        assertThat(problem.getBody().getDetail()).startsWith("payment failed with HTTP 503: provider failed");
        assertThat(problem.getBody().getProperties()).containsEntry("dependency", "payment");
    }
}
