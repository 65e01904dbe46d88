package dev.agora.shop.order.checkout;

import dev.agora.shop.contracts.api.OrderStatus;
import dev.agora.shop.order.checkout.Compensation.Refund;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failed synchronous order as an RFC 9457 problem: the {@code orderId}, its {@code orderStatus}, what became of
 * its payment ({@code refund}) when it may have been charged, and, when a service failed, the {@code dependency}
 * with its own problem under {@code dependencyProblem} and the product or user it named passed through.
 */
final class CheckoutProblems {

    /** What the dependencies' problems name that the client needs to fix its order. */
    private static final List<String> PASSED_THROUGH = List.of("productId", "userId");

    private CheckoutProblems() {}

    static ErrorResponseException of(
            DependencyException failure, UUID orderId, OrderStatus outcome, @Nullable Refund refund) {
        var status = switch (failure) {
            case DependencyRefusedException refused -> HttpStatus.valueOf(refused.status());
            case DependencyFailedException failed -> failed.httpStatus();
        };
        var problem = problem(status, title(failure), failure.getMessage(), orderId, outcome, refund);
        problem.setProperty("dependency", failure.dependency());
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

    /** The order was charged, then failed here: its own problem's status and title, or a 500. */
    static ErrorResponseException afterPayment(
            RuntimeException failure, UUID orderId, OrderStatus outcome, Refund refund) {
        HttpStatusCode status = HttpStatus.INTERNAL_SERVER_ERROR;
        var title = "Order not completed";
        var cause = "it could not be stored";
        if (failure instanceof ErrorResponseException problem) {
            status = problem.getStatusCode();
            title = String.valueOf(problem.getBody().getTitle());
            cause = problem.getBody().getDetail();
        }
        var detail = "Order " + orderId + " was charged, then not completed: " + cause;
        return new ErrorResponseException(status, problem(status, title, detail, orderId, outcome, refund), failure);
    }

    private static ProblemDetail problem(
            HttpStatusCode status,
            String title,
            @Nullable String detail,
            UUID orderId,
            OrderStatus outcome,
            @Nullable Refund refund) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail + aftermath(outcome, refund));
        problem.setTitle(title);
        problem.setProperty("orderId", orderId);
        problem.setProperty("orderStatus", outcome);
        if (refund != null) problem.setProperty("refund", refund);
        return problem;
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

    private static String aftermath(OrderStatus outcome, @Nullable Refund refund) {
        var payment = switch (refund) {
            case null -> "any charge refunded";
            case REFUNDED -> "the payment refunded";
            case NOTHING_CHARGED -> "nothing was charged (a charge still under way is refunded)";
            case PENDING -> "the payment is refunded as soon as the payment service can";
        };
        return switch (outcome) {
            case REJECTED -> ". The order is rejected: nothing was reserved, priced or charged.";
            case PENDING ->
                ". The order could not be closed yet and ends at its payment deadline: its stock is released and "
                        + payment + ".";
            default ->
                ". The order is " + outcome.name().toLowerCase(Locale.ROOT) + ": its stock is released and " + payment
                        + ".";
        };
    }
}
