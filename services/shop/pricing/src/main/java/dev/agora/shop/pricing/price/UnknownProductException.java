package dev.agora.shop.pricing.price;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A price for a product pricing has not heard of (no product.created yet): a 404 problem naming it. */
class UnknownProductException extends ErrorResponseException {

    UnknownProductException(UUID productId) {
        super(HttpStatus.NOT_FOUND, problem(productId), null);
    }

    private static ProblemDetail problem(UUID productId) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "Pricing knows no product " + productId + " (no product.created yet)");
        problem.setTitle("Unknown product");
        problem.setProperty("productId", productId);
        return problem;
    }
}
