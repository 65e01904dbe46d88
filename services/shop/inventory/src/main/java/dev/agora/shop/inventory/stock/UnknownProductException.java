package dev.agora.shop.inventory.stock;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No stock row for the product: inventory has not heard of it (product.created never arrived). */
class UnknownProductException extends ErrorResponseException {

    UnknownProductException(UUID productId) {
        super(HttpStatus.NOT_FOUND, problem(productId), null);
    }

    private static ProblemDetail problem(UUID productId) {
        var problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No stock is kept for product " + productId);
        problem.setTitle("Unknown product");
        problem.setProperty("productId", productId);
        return problem;
    }
}
