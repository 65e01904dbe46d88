package dev.agora.shop.payment.charge;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The payment API's own RFC 9457 problems, each naming the order, payment or provider concerned. */
final class PaymentProblems {

    private PaymentProblems() {}

    static ErrorResponseException declined(UUID orderId, String provider, String reason) {
        var problem = problem(HttpStatus.PAYMENT_REQUIRED, "Payment declined by the " + provider + " provider", reason);
        problem.setProperty("orderId", orderId);
        problem.setProperty("provider", provider);
        return new ErrorResponseException(HttpStatus.PAYMENT_REQUIRED, problem, null);
    }

    static ErrorResponseException providerFailed(UUID orderId, String provider, String reason) {
        var problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Payment provider " + provider + " failed; nothing was charged",
                reason);
        problem.setProperty("orderId", orderId);
        problem.setProperty("provider", provider);
        problem.setProperty("dependency", "payment provider " + provider);
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
    }

    static ErrorResponseException inProgress(UUID orderId) {
        var problem = problem(
                HttpStatus.CONFLICT,
                "Payment in progress",
                "Order " + orderId + " is being charged right now; ask again for its payment later");
        problem.setProperty("orderId", orderId);
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }

    static ErrorResponseException orderClosed(UUID orderId) {
        var problem = problem(
                HttpStatus.CONFLICT,
                "Order closed",
                "Order " + orderId + " was cancelled or has expired; it is not charged (a charge made is refunded)");
        problem.setProperty("orderId", orderId);
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }

    static ErrorResponseException refundPending(UUID orderId, UUID paymentId) {
        var problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Refund pending",
                "The provider did not confirm the refund of order " + orderId + "; it is asked again shortly");
        problem.setProperty("orderId", orderId);
        problem.setProperty("paymentId", paymentId);
        return new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
    }

    static ErrorResponseException notFound(UUID paymentId) {
        var problem = problem(HttpStatus.NOT_FOUND, "Payment not found", "No payment has id " + paymentId);
        problem.setProperty("paymentId", paymentId);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
