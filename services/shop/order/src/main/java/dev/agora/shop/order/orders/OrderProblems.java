package dev.agora.shop.order.orders;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The order API's own RFC 9457 problems, each naming the header or order concerned. */
public final class OrderProblems {

    private OrderProblems() {}

    static ErrorResponseException invalidIdempotencyKey(String reason) {
        var problem =
                problem(HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key", "'" + IdempotencyKey.HEADER + "' " + reason);
        problem.setProperty("header", IdempotencyKey.HEADER);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    static ErrorResponseException idempotencyKeyReused() {
        var problem = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Idempotency-Key reused",
                "This '" + IdempotencyKey.HEADER + "' was sent before with a different order; a key names one"
                        + " order only");
        problem.setProperty("header", IdempotencyKey.HEADER);
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
    }

    /** A repeat of a synchronous order whose first request is still calling the other services. */
    public static ErrorResponseException stillBeingPlaced(UUID orderId) {
        var problem = problem(
                HttpStatus.CONFLICT,
                "Order being placed",
                "The order of this '" + IdempotencyKey.HEADER + "' is still being placed; ask again in a moment");
        problem.setProperty("header", IdempotencyKey.HEADER);
        problem.setProperty("orderId", orderId);
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }

    /** A synchronous order whose payment deadline passed while its calls ran: it expired, its events undo it. */
    static ErrorResponseException expiredWhilePlaced(UUID orderId) {
        var problem = problem(
                HttpStatus.CONFLICT,
                "Order expired",
                "Order " + orderId + " expired while it was being placed; its stock is released and a charge"
                        + " refunded");
        problem.setProperty("orderId", orderId);
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }

    public static ErrorResponseException unknownOrder(UUID orderId) {
        var problem = problem(HttpStatus.NOT_FOUND, "Unknown order", "No order has id " + orderId);
        problem.setProperty("orderId", orderId);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
