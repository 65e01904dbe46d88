package dev.agora.shop.order.checkout;

import dev.agora.shop.order.orders.OrderStatus;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failed synchronous order as an RFC 9457 problem naming the {@code dependency}, with the dependency's own
 * problem under {@code dependencyProblem} and the product or user it named passed through.
 */
final class CheckoutProblems {

    /** What the dependencies' problems name that the client needs to fix its order. */
    private static final List<String> PASSED_THROUGH = List.of("productId", "userId");

    private CheckoutProblems() {}

    static ErrorResponseException of(DependencyException failure, UUID orderId, OrderStatus outcome) {
        var status = switch (failure) {
            case DependencyRefusedException refused -> HttpStatus.valueOf(refused.status());
            case DependencyFailedException failed -> failed.httpStatus();
        };
        var problem = ProblemDetail.forStatusAndDetail(status, failure.getMessage() + aftermath(outcome));
        problem.setTitle(title(failure));
        problem.setProperty("dependency", failure.dependency());
        problem.setProperty("orderId", orderId);
        problem.setProperty("orderStatus", outcome);
        var dependencyProblem = failure.problem();
        if (dependencyProblem != null) {
            problem.setProperty("dependencyProblem", dependencyProblem);
            for (var property : PASSED_THROUGH) {
                var value = dependencyProblem.get(property);
                if (value != null) problem.setProperty(property, value);
            }
        }
        return new ErrorResponseException(status, problem, failure);
    }

    private static String title(DependencyException failure) {
        var service = failure.dependency().substring(0, 1).toUpperCase(Locale.ROOT)
                + failure.dependency().substring(1);
        return switch (failure) {
            case DependencyRefusedException refused -> {
                var title = refused.problem() == null ? null : refused.problem().get("title");
                yield title != null ? title.toString() : service + " refused the order";
            }
            case DependencyFailedException failed ->
                failed.kind() == DependencyFailedException.Kind.TIMED_OUT
                        ? service + " too slow"
                        : service + " unavailable";
        };
    }

    private static String aftermath(OrderStatus outcome) {
        return outcome == OrderStatus.REJECTED
                ? ". The order is rejected: nothing was reserved, priced or charged."
                : ". The order is cancelled: its stock is released and any charge refunded.";
    }
}
