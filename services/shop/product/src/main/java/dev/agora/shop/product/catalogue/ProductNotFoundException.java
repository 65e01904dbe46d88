package dev.agora.shop.product.catalogue;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No product has the id asked for: a 404 problem naming it. */
class ProductNotFoundException extends ErrorResponseException {

    ProductNotFoundException(UUID productId) {
        super(HttpStatus.NOT_FOUND, problem(productId), null);
    }

    private static ProblemDetail problem(UUID productId) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No product has id " + productId);
        problem.setTitle("Product not found");
        problem.setProperty("productId", productId);
        return problem;
    }
}
